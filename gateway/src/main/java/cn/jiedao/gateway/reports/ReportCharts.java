package cn.jiedao.gateway.reports;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The annual report's charts: JFreeChart lays each out, and draws it either into Apache Batik's {@link
 * SVGGraphics2D} (inline SVG for the HTML page, text kept as text, every font family replaced by {@link #FONTS}
 * so that a browser picks a CJK font of its own) or into a PNG ({@link ChartUtils}, for the Word document, drawn
 * with the server's fonts). AWT runs headless: the gateway has no display.
 */
@Singleton
public class ReportCharts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** The font families the SVG names, CJK-capable first; no font file is shipped. */
    public static final String FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', "
            + "'Microsoft YaHei', 'PingFang SC', sans-serif";

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final int WIDTH = 720;
    static final int HEIGHT = 360;

    private static final Color REVENUE = new Color(0xC0392B);
    private static final Color PACE = new Color(0x7F8C8D);
    private static final Color FOUND = new Color(0xE67E22);
    private static final Color CLOSED = new Color(0x27AE60);
    private static final Color DISPUTES = new Color(0x2E6DA4);

    void headless(@Observes StartupEvent started) {
        System.setProperty("java.awt.headless", "true");
    }

    /** One month's revenue: cumulative to the month, and the annual target's even pace to it (null without one). */
    public record RevenueMonth(int month, BigDecimal cumulative, BigDecimal pace) {
    }

    /** One month's hazards: found in it, closed in it. */
    public record HazardMonth(int month, long found, long closed) {
    }

    /** A count of one labelled kind. */
    public record Count(String label, BigDecimal count) {
    }

    /** The general budget revenue, cumulative month by month (bars), against the target's pace (line). */
    public JFreeChart revenue(String title, List<RevenueMonth> months) {
        DefaultCategoryDataset done = new DefaultCategoryDataset();
        DefaultCategoryDataset pace = new DefaultCategoryDataset();
        for (RevenueMonth m : months) {
            String month = m.month() + "月";
            done.addValue(m.cumulative(), "累计完成（万元）", month);
            if (m.pace() != null) {
                pace.addValue(m.pace(), "全年目标进度（万元）", month);
            }
        }
        CategoryPlot plot = new CategoryPlot(done, new CategoryAxis("月份"), new NumberAxis("万元"), bars(REVENUE));
        if (pace.getColumnCount() > 0) {
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, PACE);
            line.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 4f}, 0f));
            plot.setDataset(1, pace);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        return chart(title, plot, true);
    }

    /** Disputes by category, largest first, as horizontal bars. */
    public JFreeChart disputes(String title, List<Count> categories) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        categories.forEach(c -> data.addValue(c.count(), "诉求（件）", c.label()));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("件"), bars(DISPUTES));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return chart(title, plot, false);
    }

    /** Hazards found and closed, month by month. */
    public JFreeChart hazards(String title, List<HazardMonth> months) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HazardMonth m : months) {
            data.addValue(m.found(), "发现隐患（处）", m.month() + "月");
            data.addValue(m.closed(), "整改销号（处）", m.month() + "月");
        }
        BarRenderer renderer = bars(FOUND);
        renderer.setSeriesPaint(1, CLOSED);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("月份"), new NumberAxis("处"), renderer);
        return chart(title, plot, true);
    }

    private static BarRenderer bars(Color first) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, first);
        renderer.setItemMargin(0.05);
        return renderer;
    }

    private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setNumberFormatOverride(new DecimalFormat("0")); // as the report writes figures: "1800", not "1,800"
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, legend);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        Object[] paints = {plot.getRenderer().getSeriesPaint(0), plot.getRenderer().getSeriesPaint(1)};
        theme.apply(chart);
        // the theme resets series colours: keep the report's
        for (int i = 0; i < paints.length; i++) {
            if (paints[i] != null) {
                plot.getRenderer().setSeriesPaint(i, (java.awt.Paint) paints[i]);
            }
        }
        if (plot.getDataset(1) != null) { // getRenderer(1) would answer the first renderer when there is none
            plot.getRenderer(1).setSeriesPaint(0, PACE);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /**
     * The chart as a standalone {@code <svg>} element (no XML declaration): {@code role="img"}, an {@code
     * aria-label} and a {@code <title>} of {@code label}, a {@code viewBox} so that it scales, text as text. Its
     * element ids (clip paths) start with {@code id}, so that several charts can share one page.
     */
    public String svg(JFreeChart chart, String id, String label) {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return id + "-" + super.generateID(prefix);
            }
        });
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        Element root = graphics.getRoot();
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", label);
        root.setAttribute("font-family", FONTS);
        namedFonts(root);
        // Batik names its (unreferenced) defaults group with a fixed id, which would repeat on a page
        NodeList defs = root.getElementsByTagNameNS(SVG_NS, "defs");
        for (int i = 0; i < defs.getLength(); i++) {
            Element e = (Element) defs.item(i);
            if (e.getAttribute("id").equals("genericDefs")) {
                e.removeAttribute("id");
            }
        }
        Element title = document.createElementNS(SVG_NS, "title");
        title.setTextContent(label);
        root.insertBefore(title, root.getFirstChild());
        StringWriter out = new StringWriter();
        try {
            // the JDK's serializer writes compact markup (Batik's own stream indents inside every tag)
            Transformer serializer = TransformerFactory.newInstance().newTransformer();
            serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            serializer.setOutputProperty(OutputKeys.INDENT, "no");
            serializer.transform(new DOMSource(root), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("the chart " + label + " could not be written as SVG", e);
        } finally {
            graphics.dispose();
        }
        return out.toString();
    }

    /** The chart as a PNG of the same size, drawn with the fonts of the machine the gateway runs on. */
    public byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every font-family Batik wrote (the JDK's logical "Dialog", "sans-serif") becomes the CJK-capable list. */
    private static void namedFonts(Element element) {
        if (element.hasAttribute("font-family")) {
            element.setAttribute("font-family", FONTS);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                namedFonts(e);
            }
        }
    }
}
