package vn.ldtbxh.thidua.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AttachmentRepository {

  private static final String COLUMNS =
      "id, dossier_kind, dossier_key, unit_code, file_name, content_type, size_bytes, uploaded_by, uploaded_at";
  private final JdbcTemplate jdbc;

  public AttachmentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      String kind,
      String key,
      String unitCode,
      String fileName,
      FileType type,
      byte[] content,
      String user,
      Instant at) {
    jdbc.update(
        "insert into attachment (dossier_kind, dossier_key, unit_code, file_name, content_type, size_bytes, "
            + "content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        kind,
        key,
        unitCode,
        fileName,
        type.mediaType(),
        content.length,
        content,
        user,
        Timestamp.from(at));
  }

  public List<Attachment> list(String kind, String key) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from attachment where dossier_kind = ? and dossier_key = ? order by id",
        AttachmentRepository::map,
        kind,
        key);
  }

  public Optional<Attachment> find(long id) {
    return jdbc
        .query("select " + COLUMNS + " from attachment where id = ?", AttachmentRepository::map, id)
        .stream()
        .findFirst();
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("select content from attachment where id = ?", byte[].class, id);
  }

  private static Attachment map(ResultSet rs, int row) throws SQLException {
    return new Attachment(
        rs.getLong("id"),
        rs.getString("dossier_kind"),
        rs.getString("dossier_key"),
        rs.getString("unit_code"),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getInt("size_bytes"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant());
  }
}
