package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;

/**
 * The workbench runs Java 2D headless (nota-workbench and the product's launcher arguments set
 * java.awt.headless, as this test runtime does): SWT draws on the display, while Java 2D, which rasterises the
 * SVG icons (JSVG) and renders PDF, only draws into images and so opens no display connection of its own. A
 * start whose Java 2D could not open one (Xvfb, once in a series) failed every SVG icon and showed error
 * dialogs instead of its window.
 */
class Java2DWithoutDisplayTest {

	@Test
	void svgIconsAreRasterisedWithJava2DHeadless() throws IOException {
		assertTrue(GraphicsEnvironment.isHeadless(), "Java 2D runs headless, as in the product");
		URL icon = Platform.getBundle("org.eclipse.ui.ide").getEntry("icons/full/obj16/prj_obj.svg");
		assertNotNull(icon, "the Project Explorer's project icon");
		ImageData image;
		try (InputStream in = icon.openStream()) {
			image = new ImageLoader().load(in)[0];
		}
		assertEquals(16, image.width);
		assertEquals(16, image.height);
		int drawn = 0;
		for (int x = 0; x < image.width; x++) {
			for (int y = 0; y < image.height; y++) {
				if (image.getAlpha(x, y) > 0) {
					drawn++;
				}
			}
		}
		assertTrue(drawn > 40, "the icon has pixels: " + drawn);
	}
}
