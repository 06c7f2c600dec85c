package vn.ldtbxh.thidua.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A MIME message whose Message-ID is set by the application instead of generated at sending. */
class FixedIdMimeMessage extends MimeMessage {

  private final String messageId;

  FixedIdMimeMessage(MimeMessage template, String messageId) throws MessagingException {
    super(template.getSession());
    this.messageId = messageId;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }
}
