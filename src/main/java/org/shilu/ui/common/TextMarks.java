package org.shilu.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import org.shilu.model.Doubt;
import org.shilu.model.MarkedRun;

/**
 * Marks drawn over a text box (doubts, sensitive words): a text box styles no part of its text, so each marked range
 * is a translucent shape on a layer above it, placed from the box's own line layout (one Text node
 * per paragraph) after each layout pass in which the text, the marks or the view changed. The layer
 * takes no mouse and no key.
 */
public final class TextMarks {
    private final TextArea area;
    private final Supplier<List<Mark>> marks;
    private final Pane layer = new Pane();
    private boolean dirty = true;

    /** A marked range {@code [start, end)} of the box's text, drawn with the style class {@code style}. */
    public record Mark(int start, int end, String style) {
    }

    private TextMarks(TextArea area, Supplier<List<Mark>> marks) {
        this.area = area;
        this.marks = marks;
        layer.setMouseTransparent(true);
        layer.setFocusTraversable(false);
        layer.setManaged(false);
        Runnable changed = () -> dirty = true;
        area.textProperty().addListener(o -> changed.run());
        area.scrollTopProperty().addListener(o -> changed.run());
        area.scrollLeftProperty().addListener(o -> changed.run());
        area.widthProperty().addListener(o -> changed.run());
        area.heightProperty().addListener(o -> changed.run());
        area.sceneProperty().addListener((o, was, now) -> dirty = true);
        LayoutPulses.after(area, this::placeIfChanged);
    }

    /** The box in a pane with its marks over it; {@code marks} gives the ranges, in the box's text. */
    public static TextMarks over(TextArea area, Supplier<List<Mark>> marks) {
        return new TextMarks(area, marks);
    }

    /**
     * The marks of these doubts, and of the ranges holding sensitive words ({@code [start, end)}):
     * words that overlap or touch (法轮 inside 法轮功) make one mark, drawn once, not one shape each.
     */
    public static List<Mark> of(List<Doubt> doubts, List<int[]> flagged) {
        List<Mark> marks = new ArrayList<>(doubts.size() + 1);
        for (Doubt doubt : doubts) {
            marks.add(new Mark(doubt.start(), doubt.end(), "doubt-mark"));
        }
        int length = flagged.stream().mapToInt(range -> range[1]).max().orElse(0);
        for (MarkedRun run : MarkedRun.of(length, List.of(), flagged)) {
            if ((run.kinds() & MarkedRun.FLAGGED) != 0) {
                marks.add(new Mark(run.start(), run.end(), "sensitive-mark"));
            }
        }
        return marks;
    }

    /** The box and its layer, to put where the box would go. */
    public StackPane pane() {
        StackPane pane = new StackPane(area, layer);
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return pane;
    }

    /** The marks changed: they are placed again after the next layout. */
    public void changed() {
        dirty = true;
        if (area.getScene() != null) {
            area.getScene().getRoot().requestLayout();
        }
    }

    private void placeIfChanged() {
        if (!dirty || area.getScene() == null) {
            return;
        }
        dirty = false;
        List<Mark> ranges = marks.get();
        if (ranges.isEmpty() && layer.getChildren().isEmpty()) {
            return; // nothing marked, nothing drawn: typing costs nothing here
        }
        Bounds box = area.getBoundsInParent();
        layer.resizeRelocate(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        if (!(layer.getClip() instanceof Rectangle clip) || clip.getWidth() != box.getWidth() || clip.getHeight() != box.getHeight()) {
            layer.setClip(new Rectangle(0, 0, box.getWidth(), box.getHeight()));
        }
        List<Node> shapes = new ArrayList<>();
        List<Text> paragraphs = ranges.isEmpty() ? List.of() : paragraphNodes();
        String text = area.getText();
        for (Mark mark : ranges) {
            if (mark.start() < 0 || mark.end() > text.length() || mark.start() >= mark.end()) {
                continue;
            }
            int paragraph = 0;
            int paragraphStart = 0;
            for (int i = text.indexOf('\n'); i >= 0 && i < mark.start(); i = text.indexOf('\n', i + 1)) {
                paragraph++;
                paragraphStart = i + 1;
            }
            if (paragraph >= paragraphs.size()) {
                continue;
            }
            Text node = paragraphs.get(paragraph);
            int from = mark.start() - paragraphStart;
            Path shape = new Path(toLayer(node, node.rangeShape(from, from + mark.end() - mark.start())));
            shape.getStyleClass().add(mark.style());
            shape.setStroke(null);
            shapes.add(shape);
        }
        layer.getChildren().setAll(shapes);
    }

    /** The box's Text node of each paragraph, in order (its skin draws one per paragraph); none when not found. */
    private List<Text> paragraphNodes() {
        int count = (int) area.getText().chars().filter(c -> c == '\n').count() + 1;
        for (Node content : area.lookupAll(".content")) {
            if (content instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    if (child instanceof Group group && group.getChildren().size() == count
                            && group.getChildren().stream().allMatch(n -> n instanceof Text)) {
                        return group.getChildren().stream().map(n -> (Text) n).toList();
                    }
                }
            }
        }
        return List.of();
    }

    private PathElement[] toLayer(Text node, PathElement[] shape) {
        List<PathElement> placed = new ArrayList<>();
        for (PathElement element : shape) {
            if (element instanceof MoveTo move) {
                Point2D p = layer.sceneToLocal(node.localToScene(move.getX(), move.getY()));
                placed.add(new MoveTo(p.getX(), p.getY()));
            } else if (element instanceof LineTo line) {
                Point2D p = layer.sceneToLocal(node.localToScene(line.getX(), line.getY()));
                placed.add(new LineTo(p.getX(), p.getY()));
            } else if (element instanceof ClosePath) {
                placed.add(new ClosePath());
            }
        }
        return placed.toArray(PathElement[]::new);
    }
}
