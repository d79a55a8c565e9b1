package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cpom.contract.Cpom;
import org.cpom.contract.GrilleCell;
import org.cpom.contract.GrilleRow;
import org.cpom.dialogue.DgcShare;
import org.cpom.dialogue.DgcSummary;
import org.cpom.dialogue.IndicatorComparison;
import org.cpom.dialogue.IndicatorKeys;
import org.cpom.dialogue.RapportDialogueDeGestion;
import org.cpom.dialogue.RapportEsms;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The association's report of 2026 as an HTML page: well-formed, self-contained, and holding the report value's
 * figures.
 */
class DialogueReportExampleTest {
  static final Cpom CPOM = AssociationExample.contract();
  static final RapportDialogueDeGestion REPORT = DialogueReport.rapport2026();
  static final String PAGE = HtmlReport.render(REPORT, CPOM);

  static Document parse(String page) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // no DTD or entity is loaded: the page must stand on its own
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  static String text(Document d, String id) {
    NodeList all = d.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e.getTextContent();
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  @Test
  void thePageIsWellFormedAndFetchesNothing() throws Exception {
    Document d = parse(PAGE);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("html");
    NodeList all = d.getElementsByTagNameNS("*", "*");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      names.add(e.getLocalName());
      NamedNodeMap attributes = e.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        String name = attributes.item(a).getLocalName();
        String value = attributes.item(a).getNodeValue();
        if (List.of("src", "href", "srcset", "data", "action", "poster").contains(name)) {
          throw new AssertionError("a reference to fetch: " + name + "=" + value);
        }
      }
    }
    assertThat(names).doesNotContain("script", "link", "img", "iframe", "object", "embed", "image", "use", "font");
    assertThat(names).contains("svg", "style", "table");
    String style = d.getElementsByTagNameNS("*", "style").item(0).getTextContent();
    assertThat(style).doesNotContain("url(", "@import", "@font-face");
    // two charts: occupancy and absenteeism
    assertThat(text(d, "chart-occupancy")).isNotNull();
    assertThat(text(d, "chart-absenteeism")).isNotNull();
  }

  @Test
  void theRecordsGiveTheFiguresTheFollowUpsHold() {
    RapportEsms ime = REPORT.esms(Association.IME.finess()).orElseThrow();
    assertThat(ime.indicator(IndicatorKeys.CRETON_SHARE).orElseThrow().value().value())
        .isEqualByComparingTo("11.67"); // 7 of 60 in the effectif on 31 December
    assertThat(ime.indicator(IndicatorKeys.OTHER_DEPARTEMENTS_SHARE).orElseThrow().value().value())
        .isEqualByComparingTo("5.00"); // 3 of 60 from the Ain
    IndicatorComparison abs = REPORT.esms(Association.MAS.finess()).orElseThrow()
        .indicator(IndicatorKeys.ABSENTEEISM).orElseThrow();
    assertThat(abs.value().value()).isEqualByComparingTo("9.90"); // 723 days over 20 ETP x 365
    assertThat(abs.earlierYears().values()).containsExactly(new BigDecimal("10.90")); // 796 days
    assertThat(abs.target()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("9.5"));
    assertThat(REPORT.alerts()).containsExactly(abs);
    DgcSummary dgc = REPORT.dgcs().get(0);
    // R314-115: the Rhône and the Ain pay 45,150.00 + 18,500.00 of the IME's share; the rest is paid by 31 January
    assertThat(dgc.cretonParts()).isEqualTo(Amount.of("63650.00"));
    assertThat(dgc.paidToDate()).isEqualTo(dgc.total().minus(Amount.of("63650.00")));
    assertThat(dgc.remaining()).isEqualTo(Amount.ZERO);
    assertThat(dgc.share(Association.IME.finess()).orElseThrow().cretonParts()).isEqualTo(Amount.of("63650.00"));
  }

  @Test
  void thePageHoldsTheFiguresOfTheReport() throws Exception {
    Document d = parse(PAGE);
    int occupancies = 0;
    for (RapportEsms e : REPORT.esms()) {
      String f = e.esms().finess().value();
      IndicatorComparison occ = e.indicator(IndicatorKeys.OCCUPANCY_RATE).orElseThrow();
      assertThat(text(d, "occ-" + f + "-2026")).isEqualTo(HtmlReport.percent(occ.value().value()));
      assertThat(text(d, "occ-" + f + "-2025")).isEqualTo(HtmlReport.percent(occ.earlierYears().values().iterator().next()));
      occupancies++;
    }
    assertThat(occupancies).isEqualTo(4);
    assertThat(text(d, "occ-" + Association.MAS.finess().value() + "-2026")).isEqualTo("97,00 %");

    String mas = Association.MAS.finess().value();
    IndicatorComparison abs = REPORT.esms(Association.MAS.finess()).orElseThrow()
        .indicator(IndicatorKeys.ABSENTEEISM).orElseThrow();
    assertThat(text(d, "abs-" + mas + "-2026")).isEqualTo(HtmlReport.percent(abs.value().value())).isEqualTo("9,90 %");
    assertThat(text(d, "abs-" + mas + "-2025")).isEqualTo("10,90 %");
    assertThat(text(d, "abs-" + mas + "-target")).isEqualTo(HtmlReport.percent(abs.target().orElseThrow()));

    int cells = 0;
    for (GrilleRow row : REPORT.grille().rows()) {
      for (GrilleCell c : row.cells()) {
        Element td = byId(d, "grille-" + row.ficheAction() + "-" + c.year().number());
        assertThat(td.getAttribute("class")).isEqualTo(c.status().map(Enum::name).orElse("none"));
        assertThat(td.getTextContent()).isEqualTo(c.status().map(s -> s.label(Formats.FR)).orElse("–"));
        cells++;
      }
    }
    assertThat(cells).isGreaterThanOrEqualTo(9);
    assertThat(byId(d, "grille-FA2-2").getAttribute("class")).isEqualTo("LATE");

    DgcSummary dgc = REPORT.dgcs().get(0);
    assertThat(text(d, "dgc-1-total")).isEqualTo(Formats.amount(dgc.total()));
    assertThat(text(d, "dgc-1-creton")).isEqualTo(Formats.amount(dgc.cretonParts()));
    assertThat(text(d, "dgc-1-paid")).isEqualTo(Formats.amount(dgc.paidToDate()));
    assertThat(text(d, "dgc-1-remaining")).isEqualTo(Formats.amount(dgc.remaining()));
    for (DgcShare s : dgc.shares()) {
      assertThat(text(d, "share-1-" + s.esms().value())).isEqualTo(Formats.amount(s.share()));
    }
    assertThat(text(d, "frng")).isEqualTo(Formats.amount(REPORT.bilanFinancier().orElseThrow().frng()));
    assertThat(text(d, "tresorerie")).isEqualTo(Formats.amount(REPORT.bilanFinancier().orElseThrow().tresorerie()));
    assertThat(text(d, "caf-rate")).isEqualTo(Formats.percent(REPORT.ratiosFinanciers().orElseThrow().tauxDeCaf()));
    assertThat(text(d, "alerts")).contains("9,90 %");
  }

  @Test
  void theMainWritesThePage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rapport.html");
    DialogueReportExample.main(new String[] {file.toString()});
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void theEscapingKeepsMarkupOut() {
    assertThat(HtmlReport.esc("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  }

  static Element byId(Document d, String id) {
    NodeList all = d.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }
}
