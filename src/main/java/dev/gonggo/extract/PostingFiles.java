package dev.gonggo.extract;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The posting files named on a command line: files as given, folders walked recursively in name
 * order (so runs are repeatable), symbolic links followed. Hidden files and folders (a leading
 * dot) are passed over. A path that cannot be walked is reported as skipped, never fatal.
 */
public final class PostingFiles {

  /** What was found: the files to read, and the paths skipped with their reasons. */
  public record Found(List<Path> files, List<Skipped> skipped) {}

  /** A path that was not read, and why, in plain words. */
  public record Skipped(Path path, String reason) {}

  private PostingFiles() {}

  public static Found find(List<Path> roots) {
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        skipped.add(new Skipped(root, Files.isSymbolicLink(root)
            ? "the link points to a file that does not exist" : "no such file or folder"));
      } else if (!Files.isDirectory(root)) {
        files.add(root);
      } else {
        walk(root, files, skipped);
      }
    }
    return new Found(files, skipped);
  }

  private static void walk(Path root, List<Path> files, List<Skipped> skipped) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!isHidden(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                skipped.add(new Skipped(file, reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      skipped.add(new Skipped(root, reason(e)));
    }
    found.sort(null);
    files.addAll(found);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "a symbolic link loops back to a folder that contains it";
    }
    if (e instanceof NoSuchFileException) {
      return "the link points to a file that does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return "cannot be read (" + e.getMessage() + ")";
  }
}
