package org.dayone.narrative.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.dayone.web.InvalidInputException;

/**
 * Accepts an upload only if its bytes are a PNG, JPEG or GIF image, whatever its name says, and re-encodes it so
 * that no metadata (camera, GPS position, author, comments) and nothing hidden after the image survives.
 */
public final class ImageSanitizer {

	/** A decompression bomb can be small on disk and huge in memory; refuse big pictures before decoding them. */
	static final long MAX_PIXELS = 40_000_000L;

	/** A cleaned image: its bytes and content type. */
	public record CleanImage(byte[] bytes, String contentType, String extension) {
	}

	private ImageSanitizer() {
	}

	public static CleanImage clean(byte[] upload) {
		String format = sniff(upload);
		BufferedImage image = decode(upload);
		String outFormat = format.equals("jpeg") ? "jpeg" : "png";
		if (outFormat.equals("jpeg") && image.getColorModel().hasAlpha()) {
			outFormat = "png";
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(upload.length);
		try {
			if (!ImageIO.write(image, outFormat, out)) {
				throw new InvalidInputException("file", "This image could not be re-encoded; save it as PNG and try again.");
			}
		}
		catch (IOException e) {
			throw new InvalidInputException("file", "This image could not be re-encoded; save it as PNG and try again.");
		}
		return new CleanImage(out.toByteArray(), "image/" + outFormat, outFormat.equals("jpeg") ? "jpg" : "png");
	}

	/** The format the bytes really have, from their first bytes (magic numbers), never from the file name. */
	static String sniff(byte[] bytes) {
		if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "png";
		}
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return "jpeg";
		}
		if (startsWith(bytes, 'G', 'I', 'F', '8')) {
			return "gif";
		}
		throw new InvalidInputException("file",
				"The file is not a PNG, JPEG or GIF image (its content says so, whatever its name). Attach images only.");
	}

	private static BufferedImage decode(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new InvalidInputException("file", "The image could not be read; it may be damaged.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new InvalidInputException("file", "The image has " + pixels / 1_000_000
							+ " megapixels; the limit is 40. Scale it down and try again.");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "The image could not be read; it may be damaged.");
		}
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
