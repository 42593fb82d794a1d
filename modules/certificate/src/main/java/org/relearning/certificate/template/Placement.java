package org.relearning.certificate.template;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where a field goes: its box's left edge ({@code x}) and top edge ({@code y}) in % of the page's
 * width and height, the box's width in % of the page width, the largest font size in points (long
 * values shrink below it), how its lines align in the box, and whether it is printed at all.
 */
public class Placement implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final double MIN_FONT = 6;
  public static final double MAX_FONT = 72;

  private double x;
  private double y;
  private double width;
  private double fontSize;
  private Align align = Align.CENTER;
  private boolean visible = true;

  public Placement() {}

  public Placement(
      double x, double y, double width, double fontSize, Align align, boolean visible) {
    this.x = x;
    this.y = y;
    this.width = width;
    this.fontSize = fontSize;
    this.align = align;
    this.visible = visible;
  }

  public Placement copy() {
    return new Placement(x, y, width, fontSize, align, visible);
  }

  public double getX() {
    return x;
  }

  public void setX(double x) {
    this.x = x;
  }

  public double getY() {
    return y;
  }

  public void setY(double y) {
    this.y = y;
  }

  public double getWidth() {
    return width;
  }

  public void setWidth(double width) {
    this.width = width;
  }

  public double getFontSize() {
    return fontSize;
  }

  public void setFontSize(double fontSize) {
    this.fontSize = fontSize;
  }

  public Align getAlign() {
    return align;
  }

  public void setAlign(Align align) {
    this.align = align;
  }

  public boolean isVisible() {
    return visible;
  }

  public void setVisible(boolean visible) {
    this.visible = visible;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Placement p
        && Double.compare(x, p.x) == 0
        && Double.compare(y, p.y) == 0
        && Double.compare(width, p.width) == 0
        && Double.compare(fontSize, p.fontSize) == 0
        && align == p.align
        && visible == p.visible;
  }

  @Override
  public int hashCode() {
    return Objects.hash(x, y, width, fontSize, align, visible);
  }

  @Override
  public String toString() {
    return "Placement[x=" + x + ", y=" + y + ", width=" + width + ", size=" + fontSize + "]";
  }
}
