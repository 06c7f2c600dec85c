package vn.ldtbxh.thidua.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a scanned document may have, recognised from the content's first bytes, not the
 * name.
 */
public enum FileType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

  private final String mediaType;
  private final byte[] signature;

  FileType(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<FileType> of(byte[] content) {
    return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    return content.length >= signature.length
        && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
  }
}
