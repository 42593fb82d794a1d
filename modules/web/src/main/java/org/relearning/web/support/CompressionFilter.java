package org.relearning.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses pages, style sheets, scripts and JSON with gzip for browsers that accept it, whatever
 * server the application runs on: learners on prepaid mobile data pay for every byte, and
 * PrimeFaces' scripts shrink to about a quarter. Range requests (video seeking) and content that is
 * already compressed (images, video, PDF, zip) pass untouched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CompressionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final Set<String> COMPRESSIBLE =
      Set.of(
          "text/html",
          "text/css",
          "text/javascript",
          "text/plain",
          "text/csv",
          "application/javascript",
          "application/json",
          "application/xml",
          "application/xhtml+xml",
          "application/vc+jwt",
          "image/svg+xml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String accepted = request.getHeader("Accept-Encoding");
    if (accepted == null
        || !accepted.toLowerCase(Locale.ROOT).contains("gzip")
        || request.getHeader("Range") != null
        || "HEAD".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Compressing compressing = new Compressing(response);
    try {
      chain.doFilter(request, compressing);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      // the server is about to show its error page: give it back a response it can write to
      compressing.abandon();
      throw e;
    }
    compressing.finish();
  }

  static boolean isCompressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon));
    return COMPRESSIBLE.contains(type.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Decides at the first byte whether to compress, from the content type set by then; holds back
   * the content length until it knows, since a compressed body has another length.
   */
  private static final class Compressing extends HttpServletResponseWrapper {

    private final HttpServletResponse response;
    private long heldLength = -1;
    private Boolean compress;
    private GZIPOutputStream gzip;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Compressing(HttpServletResponse response) {
      super(response);
      this.response = response;
    }

    private boolean decide() {
      if (compress == null) {
        int status = response.getStatus();
        compress =
            status != HttpServletResponse.SC_NO_CONTENT
                && status != HttpServletResponse.SC_NOT_MODIFIED
                && status != HttpServletResponse.SC_PARTIAL_CONTENT
                && !response.containsHeader("Content-Encoding")
                && !response.containsHeader("Content-Range")
                && isCompressible(response.getContentType());
        if (compress) {
          response.setHeader("Content-Encoding", "gzip");
          response.addHeader("Vary", "Accept-Encoding");
        } else if (heldLength >= 0) {
          response.setContentLengthLong(heldLength);
        }
      }
      return compress;
    }

    @Override
    public void setContentLength(int length) {
      setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
      if (compress == null) {
        heldLength = length;
      } else if (!compress) {
        response.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(Long.parseLong(value.strip()));
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(Long.parseLong(value.strip()));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (writer != null) {
        throw new IllegalStateException("getWriter() was called already");
      }
      if (stream == null) {
        stream = new DecidingStream();
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (stream != null && writer == null) {
        throw new IllegalStateException("getOutputStream() was called already");
      }
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        stream = new DecidingStream();
        writer = new PrintWriter(new OutputStreamWriter(stream, charset));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (gzip != null) {
        gzip.flush();
      }
      super.flushBuffer();
    }

    @Override
    public void reset() {
      super.reset();
      compress = null;
      heldLength = -1;
    }

    /** Forgets a half-written compressed body, if nothing has reached the browser yet. */
    void abandon() {
      if (!response.isCommitted()) {
        response.reset();
      }
    }

    void finish() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (gzip != null) {
        gzip.finish();
      } else if (compress == null && heldLength >= 0 && !response.isCommitted()) {
        response.setContentLengthLong(heldLength);
      }
    }

    private OutputStream target() throws IOException {
      if (decide()) {
        if (gzip == null) {
          gzip = new GZIPOutputStream(response.getOutputStream(), 8192, true);
        }
        return gzip;
      }
      return response.getOutputStream();
    }

    /** Writes to the compressed or the plain stream, chosen at the first byte. */
    private final class DecidingStream extends ServletOutputStream {

      @Override
      public void write(int b) throws IOException {
        target().write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        target().write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        if (compress != null) {
          target().flush();
        }
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        try {
          response.getOutputStream().setWriteListener(listener);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
