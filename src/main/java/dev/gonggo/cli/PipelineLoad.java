package dev.gonggo.cli;

import dev.gonggo.classify.PostingPipeline;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A pipeline being built on a background thread: Nori's dictionary, the taxonomy's aliases and the
 * case model load while Tika reads the first file, which is most of a one-file command's time.
 * A failure (a bad --taxonomy, say) is thrown from {@link #get} as it would have been in place.
 */
final class PipelineLoad {

  private final CompletableFuture<PostingPipeline> pipeline;

  private PipelineLoad(CompletableFuture<PostingPipeline> pipeline) {
    this.pipeline = pipeline;
  }

  static PipelineLoad start(Supplier<PostingPipeline> build) {
    return new PipelineLoad(CompletableFuture.supplyAsync(build, task -> {
      Thread t = new Thread(task, "gonggo-load");
      t.setDaemon(true);
      t.start();
    }));
  }

  PostingPipeline get() {
    try {
      return pipeline.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
