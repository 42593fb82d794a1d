package org.relearning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class PublicUrlsTest {

  /** A request as it reaches the server: the Host it names, and the server's own address. */
  private static HttpServletRequest request(String host, String localAddr, String localName) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PublicUrlsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getServerName" -> host;
                  case "getLocalAddr" -> localAddr;
                  case "getLocalName" -> localName;
                  case "getScheme" -> "http";
                  case "getServerPort" -> 8080;
                  case "getContextPath" -> "/relearn";
                  default -> null;
                });
  }

  @Test
  void aLinkSentByEmailNamesThisServerAndNeverAForgedHost() {
    assumeTrue(System.getenv("RELEARN_BASE_URL") == null, "no configured base address");
    assertThat(PublicUrls.mailBase(request("localhost", "127.0.0.1", "localhost")))
        .contains("http://localhost:8080/relearn");
    assertThat(PublicUrls.mailBase(request("10.0.0.5", "10.0.0.5", "library-server")))
        .contains("http://10.0.0.5:8080/relearn");
    assertThat(PublicUrls.mailBase(request("library-server", "10.0.0.5", "library-server")))
        .isPresent();
    assertThat(PublicUrls.mailBase(request("evil.example", "10.0.0.5", "library-server")))
        .as("a Host header naming another site")
        .isEmpty();
    assertThat(PublicUrls.mailBase(request("evil.example", "127.0.0.1", "localhost"))).isEmpty();
  }
}
