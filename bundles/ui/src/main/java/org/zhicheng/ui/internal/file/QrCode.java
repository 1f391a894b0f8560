package org.zhicheng.ui.internal.file;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;

/** A QR code drawn as SVG (no AWT on the server), one square per dark module, shown as an image from a data URI. */
final class QrCode {

    private QrCode() {
    }

    /** The text as a QR code in UTF-8, {@code size} CSS pixels wide. */
    static Image of(String text, int size, String id, String alt) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("二维码内容过长 / the QR code's text is too long", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        // an intrinsic size of its own, so that every browser sizes the image alike
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + matrix.getWidth() * 4 + "\" height=\""
                + matrix.getHeight() * 4 + "\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                alt);
        image.setId(id);
        image.setWidth(size + "px");
        image.setHeight(size + "px");
        return image;
    }
}
