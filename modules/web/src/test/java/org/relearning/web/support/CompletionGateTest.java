package org.relearning.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompletionGateTest {

  @Test
  void aPoolOf16AdmitsThreeChainsOfFourAndAlwaysAtLeastOne() {
    assertThat(CompletionGate.permits(16)).isEqualTo(3);
    assertThat(CompletionGate.permits(32)).isEqualTo(7);
    assertThat(CompletionGate.permits(2)).isEqualTo(1);
  }

  @Test
  void noMoreThanThePermitsWorkAtOnceAndEveryoneGetsThrough() throws Exception {
    admitsAtMost(
        new CompletionGate(),
        CompletionGate.permits(org.relearning.platform.db.Database.MAX_POOL_SIZE),
        40);
  }

  @Test
  void theStartGateAdmitsTwiceThePoolAndLetsEveryoneThrough() throws Exception {
    int permits = StartGate.permits(org.relearning.platform.db.Database.MAX_POOL_SIZE);
    assertThat(permits).isEqualTo(2 * org.relearning.platform.db.Database.MAX_POOL_SIZE);
    admitsAtMost(new StartGate(), permits, 3 * permits);
  }

  private static void admitsAtMost(AdmissionGate gate, int permits, int requests) throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        int n = i;
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  return gate.pass(
                      () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                          Thread.sleep(2);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        return n;
                      });
                }));
      }
      go.countDown();
      int sum = 0;
      for (Future<Integer> f : done) {
        sum += f.get();
      }
      assertThat(sum).as("every request did its work").isEqualTo(requests * (requests - 1) / 2);
      assertThat(most.get()).isBetween(1, permits);
      assertThat(inside.get()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
