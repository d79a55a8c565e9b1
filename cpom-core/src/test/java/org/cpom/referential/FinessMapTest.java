package org.cpom.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The FINESS-keyed map: read as a JDK map reads, in order, immutable, null-hostile, small and large. */
class FinessMapTest {
  private static FinessNumber finess(int i) {
    return FinessNumber.of(String.format("75%07d", i));
  }

  private static FinessMap<Integer> of(int... ids) {
    FinessMap.Builder<Integer> b = FinessMap.builder(ids.length);
    for (int id : ids) {
      b.put(finess(id), id * 10);
    }
    return b.build();
  }

  @Test
  void keepsTheOrderGivenAndFindsEachKey() {
    FinessMap<Integer> m = of(5, 1, 3);
    assertThat(m.keySet()).containsExactly(finess(5), finess(1), finess(3));
    assertThat(m.values()).containsExactly(50, 10, 30);
    assertThat(m.entrySet()).containsExactly(Map.entry(finess(5), 50), Map.entry(finess(1), 10), Map.entry(finess(3), 30));
    assertThat(m.get(finess(1))).isEqualTo(10);
    assertThat(m.get(FinessNumber.of("750000003"))).isEqualTo(30);
    assertThat(m.get(finess(2))).isNull();
    assertThat(m.get("750000001")).isNull();
    assertThat(m.getOrDefault(finess(2), -1)).isEqualTo(-1);
    assertThat(m.getOrDefault(finess(5), -1)).isEqualTo(50);
    assertThat(m.containsKey(finess(3))).isTrue();
    assertThat(m.containsKey(finess(4))).isFalse();
    assertThat(m.keySet().contains(finess(3))).isTrue();
    assertThat(m.keySet().contains(finess(4))).isFalse();
    assertThat(m.containsValue(30)).isTrue();
    assertThat(m.containsValue(31)).isFalse();
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.keySet().size()).isEqualTo(3);
    assertThat(m.entrySet().size()).isEqualTo(3);
    assertThat(m.isEmpty()).isFalse();
    List<String> seen = new ArrayList<>();
    m.forEach((k, v) -> seen.add(k + "=" + v));
    assertThat(seen).containsExactly("750000005=50", "750000001=10", "750000003=30");
  }

  @Test
  void equalsHashesAndShowsAsTheJdkMapsDo() {
    for (int n : new int[] {0, 1, 3, 8, 9, 40, 1000}) {
      Map<FinessNumber, Integer> jdk = new LinkedHashMap<>();
      FinessMap.Builder<Integer> b = FinessMap.builder(n / 2);
      for (int i = n; i > 0; i--) {
        jdk.put(finess(i), i);
        b.put(finess(i), i);
      }
      FinessMap<Integer> m = b.build();
      assertThat(m).isEqualTo(jdk).hasSameHashCodeAs(jdk).hasToString(jdk.toString()).hasSize(n);
      assertThat(jdk).isEqualTo(m);
      assertThat(Map.copyOf(jdk)).isEqualTo(m);
      assertThat(m.hashCode()).isEqualTo(jdk.hashCode());
      assertThat(FinessMap.copyOf(jdk)).isEqualTo(m);
      assertThat(new ArrayList<>(FinessMap.copyOf(jdk).keySet())).isEqualTo(new ArrayList<>(jdk.keySet()));
      for (int i = 0; i <= n + 1; i++) {
        assertThat(m.get(finess(i))).isEqualTo(jdk.get(finess(i)));
        assertThat(m.containsKey(finess(i))).isEqualTo(jdk.containsKey(finess(i)));
      }
      assertThat(m.get("not a FINESS")).isNull();
      if (n > 0) {
        Map<FinessNumber, Integer> other = new LinkedHashMap<>(jdk);
        other.put(finess(1), -1);
        assertThat(m).isNotEqualTo(other);
        assertThat(m.hashCode()).isNotEqualTo(other.hashCode());
      }
    }
  }

  @Test
  void agreesWithALinkedHashMapOnSeededMaps() {
    Random random = new Random(20_251_204L);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(round < 250 ? 20 : 3000);
      Map<FinessNumber, Integer> jdk = new LinkedHashMap<>();
      while (jdk.size() < n) {
        jdk.putIfAbsent(finess(random.nextInt(9_999_999)), random.nextInt());
      }
      FinessMap<Integer> m = FinessMap.copyOf(jdk);
      assertThat(m).isEqualTo(jdk);
      assertThat(new ArrayList<>(m.entrySet())).isEqualTo(new ArrayList<>(jdk.entrySet()));
      for (int probe = 0; probe < 50; probe++) {
        FinessNumber f = finess(random.nextInt(9_999_999));
        assertThat(m.get(f)).isEqualTo(jdk.get(f));
      }
      for (FinessNumber f : jdk.keySet()) {
        assertThat(m.get(FinessNumber.of(f.toString()))).isEqualTo(jdk.get(f));
      }
    }
  }

  @Test
  void rejectsAFinessGivenTwiceInASmallAndALargeMap() {
    assertThatThrownBy(() -> of(1, 2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FINESS given twice: 750000001");
    int[] ids = new int[30];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    ids[29] = 7;
    assertThatThrownBy(() -> of(ids)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FINESS given twice: 750000007");
  }

  @Test
  void isNullHostile() {
    FinessMap.Builder<Integer> b = FinessMap.builder(2);
    assertThatThrownBy(() -> b.put(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> b.put(finess(1), null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    for (FinessMap<Integer> m : List.of(of(1, 2), of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))) {
      assertThatThrownBy(() -> m.get(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> m.containsKey(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> m.containsValue(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> m.forEach(null)).isInstanceOf(NullPointerException.class);
    }
    Map<FinessNumber, Integer> withNull = new LinkedHashMap<>();
    withNull.put(finess(1), null);
    assertThatThrownBy(() -> FinessMap.copyOf(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FinessMap.copyOf(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FinessMap.builder(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedSize: -1 is negative");
  }

  @Test
  void cannotBeChanged() {
    FinessMap<Integer> m = of(1, 2);
    assertThatThrownBy(() -> m.put(finess(3), 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.put(finess(1), 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove(finess(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove(finess(9))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.putAll(Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.replaceAll((k, v) -> v)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.computeIfAbsent(finess(3), k -> 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.keySet().remove(finess(1))).isInstanceOf(UnsupportedOperationException.class);
    Iterator<Map.Entry<FinessNumber, Integer>> it = m.entrySet().iterator();
    Map.Entry<FinessNumber, Integer> first = it.next();
    assertThatThrownBy(() -> first.setValue(5)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    Iterator<FinessNumber> keys = m.keySet().iterator();
    keys.next();
    keys.next();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    assertThat(m).isEqualTo(Map.of(finess(1), 10, finess(2), 20));
  }

  @Test
  void aBuilderUsedAfterBuildLeavesTheMapBuiltAsItWas() {
    FinessMap.Builder<Integer> b = FinessMap.builder(2);
    b.put(finess(1), 1).put(finess(2), 2);
    FinessMap<Integer> full = b.build();
    b.put(finess(3), 3);
    FinessMap<Integer> more = b.build();
    assertThat(full).containsExactly(Map.entry(finess(1), 1), Map.entry(finess(2), 2));
    assertThat(more).containsExactly(Map.entry(finess(1), 1), Map.entry(finess(2), 2), Map.entry(finess(3), 3));
    FinessMap.Builder<Integer> sized = FinessMap.builder(10);
    sized.put(finess(1), 1);
    FinessMap<Integer> one = sized.build();
    sized.put(finess(2), 2);
    assertThat(one).hasSize(1);
    FinessMap.Builder<Integer> zero = FinessMap.builder(0);
    assertThat(zero.build()).isSameAs(FinessMap.of()).isEmpty();
    assertThat(zero.put(finess(4), 4).put(finess(5), 5).put(finess(6), 6).put(finess(7), 7).put(finess(8), 8).build())
        .hasSize(5).containsEntry(finess(8), 8);
  }

  @Test
  void copyOfAFinessMapIsTheMapItself() {
    FinessMap<Integer> m = of(1, 2);
    assertThat(FinessMap.copyOf(m)).isSameAs(m);
    assertThat(FinessMap.<Integer>of()).isEmpty();
    assertThat(FinessMap.<Integer>of().get(finess(1))).isNull();
    assertThat(FinessMap.<Integer>of()).isEqualTo(Map.of()).hasSameHashCodeAs(Map.of()).hasToString("{}");
  }
}
