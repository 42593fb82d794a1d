package org.relearning.certificate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.relearning.certificate.pdf.CertificateContent;
import org.relearning.certificate.pdf.CertificatePdf;

/**
 * Renders N Thai certificates (default 1,000) on all cores and prints certificates per second and
 * heap growth. A benchmark, not a test: run it on demand with
 *
 * <pre>
 * mvn -q -pl modules/certificate test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=org.relearning.certificate.bench.CertificateRenderBenchmark
 * </pre>
 */
public final class CertificateRenderBenchmark {

  private CertificateRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int threads = Runtime.getRuntime().availableProcessors();
    CertificatePdf pdf = new CertificatePdf();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    for (int i = 0; i < 50; i++) {
      pdf.render(content(i));
    }
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();

    AtomicLong bytes = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> jobs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      jobs.add(pool.submit(() -> bytes.addAndGet(pdf.render(content(n)).length)));
    }
    for (Future<?> job : jobs) {
      job.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();

    System.out.printf(
        Locale.ROOT,
        "certificates=%d threads=%d seconds=%.2f certificates_per_second=%.1f"
            + " avg_pdf_kb=%.1f heap_growth_mb=%.1f%n",
        count,
        threads,
        seconds,
        count / seconds,
        bytes.get() / 1024.0 / count,
        (heapAfter - heapBefore) / 1024.0 / 1024.0);
  }

  private static CertificateContent content(int n) {
    return new CertificateContent(
        Locale.forLanguageTag("th"),
        "น้ำทิพย์ ผู้ใหญ่บ้าน " + n,
        "การทำขนมไทยเพื่ออาชีพที่สอง รุ่นที่ " + (n % 12 + 1),
        "ห้องสมุดประชาชนจังหวัดอุตรดิตถ์",
        LocalDate.of(2026, 11, 24).plusDays(n % 30),
        "K7QX-" + String.format(Locale.ROOT, "%04d", n % 10000),
        "https://relearn.example/verify/K7QX-" + n);
  }
}
