package org.cpom.examples;

import static org.cpom.examples.Formats.FR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpom.Violation;
import org.cpom.contract.ActionStatus;
import org.cpom.contract.ContractYear;
import org.cpom.contract.Cpom;
import org.cpom.contract.GrilleCell;
import org.cpom.contract.GrilleRow;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationIndicator;
import org.cpom.dialogue.ActivityLine;
import org.cpom.dialogue.DgcShare;
import org.cpom.dialogue.DgcSummary;
import org.cpom.dialogue.IndicatorCatalogue;
import org.cpom.dialogue.IndicatorComparison;
import org.cpom.dialogue.IndicatorDefinition;
import org.cpom.dialogue.IndicatorKeys;
import org.cpom.dialogue.PeopleActivity;
import org.cpom.dialogue.RapportDialogueDeGestion;
import org.cpom.dialogue.RapportEsms;
import org.cpom.finance.BilanFinancier;
import org.cpom.finance.RatiosFinanciers;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;

/**
 * A {@link RapportDialogueDeGestion} rendered as one self-contained page: XHTML (so any XML parser reads it), the
 * style inline, the charts as inline SVG, nothing fetched (no script, font, image or style sheet). Every figure is
 * written from the report value with the example's French formats; the cells a reader or a test looks up carry an
 * {@code id} ({@code occ-<FINESS>-<year>}, {@code abs-<FINESS>-<year>}, {@code grille-<fiche>-<year>},
 * {@code dgc-<n>-total}, {@code share-<n>-<FINESS>}, {@code frng}…).
 */
final class HtmlReport {
  private static final String STYLE = """
      body{font-family:sans-serif;margin:2em;color:#222;max-width:70em}
      h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #999;margin-top:2em}
      table{border-collapse:collapse;margin:.5em 0}
      th,td{border:1px solid #bbb;padding:.25em .6em;font-size:.9em}
      td.n{text-align:right;white-space:nowrap}
      .NOT_STARTED{background:#e0e0e0}.IN_PROGRESS{background:#cfe2ff}.LATE{background:#ffc9a8}
      .DONE{background:#c8ecc8}.ABANDONED{background:#9e9e9e;color:#fff}.none{background:#fff}
      .alert{color:#a00000;font-weight:bold}
      svg text{font-family:sans-serif;font-size:11px}
      """;

  private static final String[] SERIES_COLOURS = {"#9fb8d8", "#2f5f98", "#6a9a3a"};

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param r the report
   * @param cpom the contract it reports on (its names and the objectives of its activity clauses)
   * @return the XHTML text, UTF-8 when written
   */
  static String render(RapportDialogueDeGestion r, Cpom cpom) {
    StringBuilder h = new StringBuilder(32_000);
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n<title>").append(esc("Dialogue de gestion " + r.year() + " – " + cpom.name()))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc("Rapport du dialogue de gestion " + r.year())).append("</h1>\n<p>")
        .append(esc(cpom.name() + " (" + r.cpom() + "), année " + r.contractYear().number() + " du contrat ; établi le "
            + Formats.date(r.asOf()) + "."))
        .append("</p>\n");
    activity(h, r, cpom);
    indicators(h, r);
    absenteeism(h, r);
    grille(h, r);
    alerts(h, r);
    finance(h, r);
    dgcs(h, r, cpom);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  // ------------------------------------------------------------------------------------------------ activity

  private static void activity(StringBuilder h, RapportDialogueDeGestion r, Cpom cpom) {
    h.append("<h2>Activité et taux d'occupation</h2>\n<table>\n<tr><th>ESMS</th><th>Mode</th>")
        .append("<th>Journées réalisées</th><th>Journées théoriques</th><th>Taux d'occupation</th></tr>\n");
    for (RapportEsms e : r.esms()) {
      Optional<PeopleActivity> a = e.activity();
      if (a.isEmpty()) {
        continue;
      }
      for (ActivityLine l : a.get().byMode()) {
        h.append("<tr><td>").append(esc(e.esms().name())).append("</td><td>")
            .append(esc(l.mode().map(m -> m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("")))
            .append("</td><td class=\"n\">").append(l.daysProvided()).append("</td><td class=\"n\">")
            .append(l.theoreticalDays()).append("</td><td class=\"n\">")
            .append(esc(l.occupancy().percent().map(p -> percent(p.setScale(2, RoundingMode.HALF_UP))).orElse("n.d.")))
            .append("</td></tr>\n");
      }
    }
    h.append("</table>\n");

    // occupancy of each ESMS, the earlier years and the exercice, against the contract's objective where one is set
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<List<BigDecimal>> values = new ArrayList<>();
    List<BigDecimal> objectives = new ArrayList<>();
    List<String> years = new ArrayList<>();
    for (RapportEsms e : r.esms()) {
      Optional<IndicatorComparison> c = e.indicator(IndicatorKeys.OCCUPANCY_RATE);
      if (c.isEmpty()) {
        continue;
      }
      List<BigDecimal> series = new ArrayList<>(c.get().earlierYears().values());
      series.add(c.get().value().value());
      if (years.isEmpty()) {
        c.get().earlierYears().keySet().forEach(y -> years.add(y.toString()));
        years.add(r.year().toString());
      }
      names.add(e.esms().name());
      ids.add("occ-" + e.esms().finess().value());
      values.add(series);
      objectives.add(occupancyObjective(cpom, e.esms().finess()).orElse(null));
    }
    h.append("<h3>Taux d'occupation par ESMS et par année</h3>\n")
        .append("<p>Trait pointillé : l'objectif d'occupation fixé par une clause du contrat (R314-43-2) ; "
            + "sans trait, le contrat n'en fixe pas.</p>\n");
    barChart(h, "chart-occupancy", names, ids, years, values, objectives, null, new BigDecimal("100"));
    h.append("<table>\n<tr><th>ESMS</th>");
    years.forEach(y -> h.append("<th>").append(y).append("</th>"));
    h.append("<th>Objectif</th></tr>\n");
    for (int i = 0; i < names.size(); i++) {
      h.append("<tr><td>").append(esc(names.get(i))).append("</td>");
      for (int j = 0; j < years.size(); j++) {
        h.append("<td class=\"n\" id=\"").append(ids.get(i)).append('-').append(years.get(j)).append("\">")
            .append(esc(percent(values.get(i).get(j)))).append("</td>");
      }
      h.append("<td class=\"n\">").append(objectives.get(i) == null ? "–" : esc(percent(objectives.get(i))))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** The objective of the contract's occupancy clause for an ESMS (R314-43-2 II 1°), in percent. */
  static Optional<BigDecimal> occupancyObjective(Cpom cpom, FinessNumber esms) {
    return cpom.modulationClauses().stream()
        .filter(c -> c.esms().equals(esms) && c.indicator().equals(ModulationIndicator.OCCUPANCY_RATE))
        .map(ModulationClause::objective)
        .map(f -> f.movePointRight(2).setScale(2, RoundingMode.HALF_UP))
        .findFirst();
  }

  // ------------------------------------------------------------------------------------------------ indicators

  private static void indicators(StringBuilder h, RapportDialogueDeGestion r) {
    h.append("<h2>Indicateurs et cibles</h2>\n<table>\n<tr><th>Périmètre</th><th>Indicateur</th>")
        .append("<th>Années antérieures</th><th>").append(r.year()).append("</th><th>Cible</th><th>Constat</th></tr>\n");
    for (IndicatorComparison c : r.indicators()) {
      indicatorRow(h, "CPOM", c);
    }
    for (RapportEsms e : r.esms()) {
      for (IndicatorComparison c : e.indicators()) {
        indicatorRow(h, e.esms().name(), c);
      }
    }
    h.append("</table>\n");
  }

  private static void indicatorRow(StringBuilder h, String scope, IndicatorComparison c) {
    String earlier = c.earlierYears().entrySet().stream()
        .map(en -> en.getKey() + " : " + percent(en.getValue())).collect(Collectors.joining(" ; "));
    h.append("<tr").append(c.isAlert() ? " class=\"alert\"" : "").append("><td>").append(esc(scope))
        .append("</td><td>").append(esc(label(c.value().key()))).append("</td><td>").append(esc(earlier))
        .append("</td><td class=\"n\">").append(esc(percent(c.value().value()))).append("</td><td class=\"n\">")
        .append(esc(c.target().map(HtmlReport::percent).orElse("–"))).append("</td><td>")
        .append(esc(java.util.stream.Stream.concat(c.trend().map(t -> t.label(FR)).stream(),
            c.flags().stream().map(f -> f.label(FR))).collect(Collectors.joining(", "))))
        .append("</td></tr>\n");
  }

  static String label(String key) {
    return IndicatorCatalogue.library().definition(key).map(IndicatorDefinition::label).orElse(key);
  }

  // ------------------------------------------------------------------------------------------------ absenteeism

  private static void absenteeism(StringBuilder h, RapportDialogueDeGestion r) {
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<List<BigDecimal>> values = new ArrayList<>();
    List<BigDecimal> targets = new ArrayList<>();
    List<String> years = new ArrayList<>();
    BigDecimal threshold = null;
    for (RapportEsms e : r.esms()) {
      Optional<IndicatorComparison> c = e.indicator(IndicatorKeys.ABSENTEEISM);
      if (c.isEmpty()) {
        continue;
      }
      List<BigDecimal> series = new ArrayList<>(c.get().earlierYears().values());
      series.add(c.get().value().value());
      if (years.isEmpty()) {
        c.get().earlierYears().keySet().forEach(y -> years.add(y.toString()));
        years.add(r.year().toString());
      }
      names.add(e.esms().name());
      ids.add("abs-" + e.esms().finess().value());
      values.add(series);
      targets.add(c.get().target().orElse(null));
      threshold = c.get().thresholdValue().orElse(threshold);
    }
    if (names.isEmpty()) {
      return;
    }
    h.append("<h2>Absentéisme</h2>\n<p>Trait pointillé : la cible de l'année ").append(r.year())
        .append(" (fiche-action) ; ligne rouge : le seuil d'alerte.</p>\n");
    BigDecimal max = new BigDecimal("15");
    barChart(h, "chart-absenteeism", names, ids, years, values, targets, threshold, max);
    h.append("<table>\n<tr><th>ESMS</th>");
    years.forEach(y -> h.append("<th>").append(y).append("</th>"));
    h.append("<th>Cible ").append(r.year()).append("</th><th>Seuil d'alerte</th></tr>\n");
    for (int i = 0; i < names.size(); i++) {
      h.append("<tr><td>").append(esc(names.get(i))).append("</td>");
      for (int j = 0; j < years.size(); j++) {
        h.append("<td class=\"n\" id=\"").append(ids.get(i)).append('-').append(years.get(j)).append("\">")
            .append(esc(percent(values.get(i).get(j)))).append("</td>");
      }
      h.append("<td class=\"n\" id=\"").append(ids.get(i)).append("-target\">")
          .append(targets.get(i) == null ? "–" : esc(percent(targets.get(i)))).append("</td><td class=\"n\">")
          .append(threshold == null ? "–" : esc(percent(threshold))).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  // ------------------------------------------------------------------------------------------------ grille

  private static void grille(StringBuilder h, RapportDialogueDeGestion r) {
    h.append("<h2>Grille d'état d'avancement</h2>\n<table>\n<tr><th>Fiche</th><th>Intitulé</th>");
    for (ContractYear y : r.grille().years()) {
      h.append("<th>Année ").append(y.number()).append("</th>");
    }
    h.append("</tr>\n");
    for (GrilleRow row : r.grille().rows()) {
      h.append("<tr><td>").append(esc(row.ficheAction())).append("</td><td>").append(esc(row.latest().title()))
          .append("</td>");
      for (ContractYear y : r.grille().years()) {
        Optional<GrilleCell> cell = row.cell(y.number());
        Optional<ActionStatus> status = cell.flatMap(GrilleCell::status);
        h.append("<td id=\"grille-").append(esc(row.ficheAction())).append('-').append(y.number())
            .append("\" class=\"").append(status.map(Enum::name).orElse("none")).append("\">")
            .append(esc(cell.isEmpty() ? "" : status.map(s -> s.label(FR)).orElse("–"))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n<p>");
    for (ActionStatus s : ActionStatus.values()) {
      h.append("<span class=\"").append(s.name()).append("\">&#160;").append(esc(s.label(FR))).append("&#160;</span> ");
    }
    h.append("</p>\n");
  }

  // ------------------------------------------------------------------------------------------------ alerts

  private static void alerts(StringBuilder h, RapportDialogueDeGestion r) {
    h.append("<h2>Alertes</h2>\n<ul id=\"alerts\">\n");
    for (IndicatorComparison c : r.alerts()) {
      String scope = c.value().esms().flatMap(f -> r.esms(f).map(e -> e.esms().name())).orElse("CPOM");
      h.append("<li>").append(esc(scope + " – " + label(c.value().key()) + " : " + percent(c.value().value()) + " ("
          + c.flags().stream().map(f -> f.label(FR)).collect(Collectors.joining(", ")) + ")")).append("</li>\n");
    }
    for (Violation v : r.financialAlerts()) {
      h.append("<li>").append(esc(v.field() + " : " + v.problem())).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  // ------------------------------------------------------------------------------------------------ finance

  private static void finance(StringBuilder h, RapportDialogueDeGestion r) {
    h.append("<h2>Situation financière</h2>\n<table>\n");
    Optional<BilanFinancier> bilan = r.bilanFinancier();
    if (bilan.isPresent()) {
      BilanFinancier b = bilan.get();
      amountRow(h, "frng", "Fonds de roulement net global", b.frng(), b.frngEnJours());
      amountRow(h, "bfr", "Besoin en fonds de roulement", b.bfr(), b.bfrEnJours());
      amountRow(h, "tresorerie", "Trésorerie", b.tresorerie(), b.tresorerieEnJours());
    }
    Optional<RatiosFinanciers> ratios = r.ratiosFinanciers();
    if (ratios.isPresent()) {
      RatiosFinanciers q = ratios.get();
      amountRow(h, "caf", "Capacité d'autofinancement", q.caf(), Optional.empty());
      rateRow(h, "caf-rate", "Taux de CAF", q.tauxDeCaf());
      rateRow(h, "vetuste-constructions", "Taux de vétusté des constructions", q.vetusteConstructions());
      rateRow(h, "vetuste-installations", "Taux de vétusté des installations techniques",
          q.vetusteInstallationsTechniques());
      rateRow(h, "independance", "Indépendance financière", q.independanceFinanciere());
      rateRow(h, "endettement", "Taux d'endettement", q.tauxEndettement());
    }
    h.append("</table>\n");
  }

  private static void amountRow(StringBuilder h, String id, String label, Amount amount, Optional<BigDecimal> days) {
    h.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\" id=\"").append(id).append("\">")
        .append(esc(Formats.amount(amount))).append("</td><td class=\"n\">")
        .append(esc(days.map(d -> Formats.decimal(d) + " jours").orElse(""))).append("</td></tr>\n");
  }

  private static void rateRow(StringBuilder h, String id, String label, Optional<Rate> rate) {
    h.append("<tr><td>").append(esc(label)).append("</td><td class=\"n\" id=\"").append(id).append("\">")
        .append(esc(Formats.percent(rate))).append("</td><td></td></tr>\n");
  }

  // ------------------------------------------------------------------------------------------------ DGC

  private static void dgcs(StringBuilder h, RapportDialogueDeGestion r, Cpom cpom) {
    h.append("<h2>Dotations globalisées communes et versements au ").append(esc(Formats.date(r.asOf())))
        .append("</h2>\n");
    int n = 0;
    for (DgcSummary d : r.dgcs()) {
      n++;
      h.append("<h3>").append(esc(d.name() + " " + d.year())).append("</h3>\n<table>\n")
          .append("<tr><th></th><th>Dotation</th><th>Parts Creton (Départements, R314-115)</th>")
          .append("<th>Versé par l'assurance maladie</th><th>Reste à verser</th></tr>\n")
          .append("<tr><td>Total</td><td class=\"n\" id=\"dgc-").append(n).append("-total\">")
          .append(esc(Formats.amount(d.total()))).append("</td><td class=\"n\" id=\"dgc-").append(n).append("-creton\">")
          .append(esc(Formats.amount(d.cretonParts()))).append("</td><td class=\"n\" id=\"dgc-").append(n).append("-paid\">")
          .append(esc(Formats.amount(d.paidToDate()))).append("</td><td class=\"n\" id=\"dgc-").append(n)
          .append("-remaining\">").append(esc(Formats.amount(d.remaining()))).append("</td></tr>\n");
      Map<FinessNumber, String> names = cpom.perimeter().stream()
          .collect(Collectors.toMap(e -> e.finess(), e -> e.name()));
      for (DgcShare s : d.shares()) {
        h.append("<tr><td>").append(esc(names.getOrDefault(s.esms(), s.esms().value())))
            .append("</td><td class=\"n\" id=\"share-").append(n).append('-').append(s.esms().value()).append("\">")
            .append(esc(Formats.amount(s.share()))).append("</td><td class=\"n\">")
            .append(esc(Formats.amount(s.cretonParts()))).append("</td><td class=\"n\">")
            .append(esc(Formats.amount(s.paidToDate()))).append("</td><td class=\"n\">")
            .append(esc(Formats.amount(s.remaining()))).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
  }

  // ------------------------------------------------------------------------------------------------ chart

  /**
   * A grouped bar chart: one group per category, one bar per series, a dashed marker across a group where it has
   * one, a red line at the threshold if any. The geometry uses doubles; every figure written is the exact value.
   */
  static void barChart(StringBuilder h, String id, List<String> categories, List<String> ids, List<String> series,
      List<List<BigDecimal>> values, List<BigDecimal> markers, BigDecimal threshold, BigDecimal max) {
    int left = 40;
    int top = 20;
    int plotHeight = 200;
    int bar = 26;
    int gap = 30;
    int groupWidth = series.size() * bar + gap;
    int width = left + categories.size() * groupWidth + 20;
    int height = top + plotHeight + 50;
    double scale = plotHeight / max.doubleValue();
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\">\n");
    for (int t = 0; t <= 4; t++) {
      BigDecimal tick = max.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4), 1, RoundingMode.HALF_UP);
      double y = top + plotHeight - tick.doubleValue() * scale;
      h.append(String.format(java.util.Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" "
              + "text-anchor=\"end\">%s</text>%n", left, y, width - 10, y, left - 4, y + 4,
          esc(Formats.decimal(tick.stripTrailingZeros()) + " %")));
    }
    for (int c = 0; c < categories.size(); c++) {
      int x0 = left + gap / 2 + c * groupWidth;
      for (int s = 0; s < series.size(); s++) {
        BigDecimal v = values.get(c).get(s);
        double hgt = Math.min(v.doubleValue(), max.doubleValue()) * scale;
        h.append(String.format(java.util.Locale.ROOT,
            "<rect id=\"%s-%s-bar\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n",
            ids.get(c), series.get(s), x0 + s * bar, top + plotHeight - hgt, bar - 2, hgt,
            SERIES_COLOURS[s % SERIES_COLOURS.length], esc(categories.get(c) + " " + series.get(s) + " : "
                + percent(v))));
      }
      BigDecimal m = markers.get(c);
      if (m != null) {
        double y = top + plotHeight - m.doubleValue() * scale;
        h.append(String.format(java.util.Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#000\" stroke-width=\"2\" "
                + "stroke-dasharray=\"5,3\"><title>%s</title></line>%n", x0 - 4, y, x0 + series.size() * bar + 2, y,
            esc("objectif " + percent(m))));
      }
      h.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x0 + series.size() * bar / 2, top + plotHeight + 16, esc(shortName(categories.get(c)))));
    }
    if (threshold != null) {
      double y = top + plotHeight - threshold.doubleValue() * scale;
      h.append(String.format(java.util.Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" stroke-width=\"1.5\"/>%n", left, y,
          width - 10, y));
    }
    for (int s = 0; s < series.size(); s++) {
      int x = left + s * 80;
      h.append(String.format(java.util.Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
          x, height - 16, SERIES_COLOURS[s % SERIES_COLOURS.length], x + 16, height - 6, esc(series.get(s))));
    }
    h.append("</svg>\n");
  }

  /** The first two words of an ESMS's name, which fit under its bars. */
  private static String shortName(String name) {
    String[] words = name.split(" ");
    return words.length <= 2 ? name : words[0] + " " + words[1];
  }

  /** A percentage as the page writes it: the value's own decimals, a decimal comma. */
  static String percent(BigDecimal value) {
    return Formats.decimal(value) + " %";
  }

  /** Escapes text for XML content and attribute values. */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
