package cn.jiedao.gateway.reports;

import cn.jiedao.gateway.reports.AnnualReportText.Chart;
import cn.jiedao.gateway.reports.AnnualReportText.Table;
import cn.jiedao.gateway.reports.AnnualReportText.Written;
import cn.jiedao.gateway.reports.AnnualReportText.WrittenSection;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The annual report as a Word document (Apache POI, XWPF), since the office edits and files its summaries in
 * Word: the title, 一 and each section as headings (styles {@code Title}, {@code Heading1}, {@code Heading2}, so
 * that Word's navigation pane and table of contents see them), each section's paragraph, its tables, and its
 * charts as PNG pictures drawn by JFreeChart.
 */
@Singleton
public class AnnualReportWord {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";

    private final ReportCharts charts;

    AnnualReportWord(ReportCharts charts) {
        this.charts = charts;
    }

    /** The .docx file of the written summary. */
    public byte[] docx(Written written) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            style(styles, "Title", "Title", null, 44);
            style(styles, "Heading1", "heading 1", 0, 32);
            style(styles, "Heading2", "heading 2", 1, 28);

            XWPFParagraph title = document.createParagraph();
            title.setStyle("Title");
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, written.title(), HEADING_FONT);
            heading(document, "Heading1", written.heading());
            for (WrittenSection section : written.sections()) {
                heading(document, "Heading2", section.heading());
                if (!section.available()) {
                    paragraph(document, "本部分数据暂不可用（" + section.reason() + "）。");
                    continue;
                }
                paragraph(document, section.text());
                section.tables().forEach(table -> table(document, table));
                for (Chart chart : section.charts()) {
                    chart(document, chart);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void style(XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        if (outlineLevel != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr font = style.addNewRPr();
        font.addNewB();
        font.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = font.addNewRFonts();
        fonts.setEastAsia(HEADING_FONT);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void heading(XWPFDocument document, String style, String text) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle(style);
        run(heading, text, HEADING_FONT);
    }

    private static void paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(480);
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        run(paragraph, text, BODY_FONT);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String eastAsiaFont) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    private static void table(XWPFDocument document, Table table) {
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, table.caption(), HEADING_FONT).setBold(true);
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        grid.setWidth("100%");
        cells(grid.getRow(0), table.header(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            cells(grid.getRow(i + 1), table.rows().get(i), false);
        }
    }

    private static void cells(XWPFTableRow row, List<String> texts, boolean header) {
        for (int c = 0; c < texts.size(); c++) {
            XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
            cell.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
            run(cell, texts.get(c), BODY_FONT).setBold(header);
        }
    }

    private void chart(XWPFDocument document, Chart chart) {
        XWPFParagraph paragraph = document.createParagraph();
        if (!chart.drawn()) {
            run(paragraph, "图表暂不可用（" + chart.title() + "：" + chart.reason() + "）。", BODY_FONT);
            return;
        }
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        byte[] png = charts.png(chart.chart());
        try {
            // 15 cm wide, in the chart's proportions
            int width = Units.toEMU(15 / 2.54 * 72);
            int height = width * ReportCharts.HEIGHT / ReportCharts.WIDTH;
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    chart.id() + ".png", width, height);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("the chart " + chart.id() + " could not be embedded", e);
        }
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        run(caption, chart.title(), BODY_FONT);
    }
}
