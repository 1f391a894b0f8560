package org.zhicheng.distribution.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Scans for upload tests: real PNG files (core checks the content, not the name), written under target/. */
final class Scans {

    static final int WIDTH = 240;

    private Scans() {
    }

    static Path png(String fileName) throws IOException {
        Path file = Files.createDirectories(Path.of("target", "scans")).resolve(fileName);
        BufferedImage image = new BufferedImage(WIDTH, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, WIDTH, 160);
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawRect(10, 10, WIDTH - 20, 140);
        graphics.fillRect(20, 20, 60, 40); // the masked area where name and photo were
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
