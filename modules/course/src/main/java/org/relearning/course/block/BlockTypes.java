package org.relearning.course.block;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The registry of block type plugins, found by CDI. */
@ApplicationScoped
public class BlockTypes {

  @Inject private Instance<BlockType> plugins;

  private Map<String, BlockType> byId() {
    return StreamSupport.stream(plugins.spliterator(), false)
        .collect(Collectors.toMap(BlockType::id, Function.identity()));
  }

  /** Every registered type, the common ones first, for the editor's "add" menu. */
  public List<BlockType> all() {
    List<String> first =
        List.of(RichTextBlock.ID, ImageBlock.ID, VideoBlock.ID, FileBlock.ID, QuizBlock.ID);
    return byId().values().stream()
        .sorted(
            Comparator.comparingInt(
                    (BlockType t) -> first.contains(t.id()) ? first.indexOf(t.id()) : first.size())
                .thenComparing(BlockType::id))
        .toList();
  }

  public Optional<BlockType> find(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  public BlockType get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown block type " + id));
  }
}
