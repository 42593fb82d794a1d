package org.relearning.course.media;

import java.io.InputStream;

/** A file as it arrives from an author: the name they gave it and its bytes, read once. */
public record MediaUpload(String fileName, InputStream content) {}
