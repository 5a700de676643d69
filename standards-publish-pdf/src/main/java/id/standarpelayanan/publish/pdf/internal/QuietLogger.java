package id.standarpelayanan.publish.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * openhtmltopdf's logger while no application chose one: prints nothing. openhtmltopdf's default
 * writes a dozen INFO lines per document to the console, which would end up in the output of the
 * CLI and of every application that publishes a PDF; the warnings of each rendering reach {@link
 * Renderer} through its diagnostic consumer instead, which openhtmltopdf feeds whatever the logger
 * prints.
 */
final class QuietLogger implements XRLogger {

  private QuietLogger() {}

  /**
   * Installs the quiet logger unless the application installed a logger of its own (or did so
   * first, for the whole JVM: openhtmltopdf's logger is global).
   */
  static void installUnlessChosen() {
    synchronized (XRLog.class) {
      if (XRLog.getLoggerImpl() == null) {
        XRLog.setLoggerImpl(new QuietLogger());
      }
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    // Silent by design; see the class comment.
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    // Silent by design; see the class comment.
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Nothing is printed at any level.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return false;
  }
}
