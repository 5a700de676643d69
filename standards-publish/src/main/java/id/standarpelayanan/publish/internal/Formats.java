package id.standarpelayanan.publish.internal;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.Labelled;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.TimeWindow;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model's quantities written as a reader expects them in one language: dates, times of day,
 * durations, rupiah, legal references, service hours, channels. Document text is {@link Texts#clean
 * cleaned} here, once; the templates escape it.
 */
public final class Formats {

  /** Words that open a condition in either language. */
  private static final List<String> CONDITIONALS =
      List.of("jika", "apabila", "bila", "bilamana", "dalam hal", "if", "when", "where", "in case");

  private final Texts texts;
  private final boolean english;

  /**
   * Makes the formats of one language.
   *
   * @param texts the labels of that language
   */
  public Formats(Texts texts) {
    this.texts = texts;
    this.english = Locale.ENGLISH.equals(texts.locale());
  }

  /**
   * Returns the labels.
   *
   * @return the labels
   */
  public Texts texts() {
    return texts;
  }

  /**
   * Document text, cleaned.
   *
   * @param text the text
   * @return the cleaned text
   */
  public String text(String text) {
    return Texts.clean(text);
  }

  /**
   * A condition from the document, introduced by the message {@code key} ("apabila {0}") unless the
   * document's own words already open with a conditional ("Jika …", "Apabila …", "If …"), which
   * would then read twice.
   *
   * @param key the message that introduces a bare condition
   * @param condition the document's condition
   * @return the condition as text
   */
  public String condition(String key, String condition) {
    String text = text(condition).strip();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : CONDITIONALS) {
      if (lower.startsWith(word + " ")) {
        return text;
      }
    }
    return texts.format(key, text);
  }

  /**
   * An enum constant's label.
   *
   * @param constant the constant
   * @return its label in this language
   */
  public String label(Labelled constant) {
    return constant.label(texts.locale());
  }

  /**
   * Labels of several constants, joined in their natural order.
   *
   * @param constants the constants
   * @return the labels, comma-separated
   */
  public String labels(Collection<? extends Labelled> constants) {
    return constants.stream().map(this::label).collect(Collectors.joining(", "));
  }

  /**
   * A date, e.g. {@code 15 Agustus 2024} or {@code 15 August 2024}.
   *
   * @param date the date
   * @return the date as text
   */
  public String date(LocalDate date) {
    return Languages.longDate(date, texts.locale());
  }

  /**
   * A time of day: {@code 08.00} in Indonesian, {@code 08:00} in English.
   *
   * @param time the time
   * @return the time as text
   */
  public String time(LocalTime time) {
    return String.format(
        Locale.ROOT, english ? "%02d:%02d" : "%02d.%02d", time.getHour(), time.getMinute());
  }

  /**
   * A duration, e.g. {@code 3 hari kerja}.
   *
   * @param span the duration
   * @return the duration as text
   */
  public String span(TimeSpan span) {
    return span.getAmount() + " " + label(span.getUnit());
  }

  /**
   * A number with the language's grouping, e.g. {@code 10.000} or {@code 10,000}.
   *
   * @param number the number
   * @return the number as text
   */
  public String number(long number) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(english ? ',' : '.');
    return new DecimalFormat("#,##0", symbols).format(number);
  }

  /**
   * An amount of rupiah, e.g. {@code Rp10.000}.
   *
   * @param amount the amount
   * @return the amount as text
   */
  public String rupiah(Rupiah amount) {
    return texts.format("fee.amount", number(amount.getAmount()));
  }

  /**
   * A legal reference as it is cited, e.g. {@code Undang-Undang Nomor 25 Tahun 2009 tentang
   * Pelayanan Publik}.
   *
   * @param reference the reference
   * @return the citation
   */
  public String legal(LegalReference reference) {
    List<String> parts = new ArrayList<>();
    parts.add(label(reference.getType()));
    reference.getIssuer().ifPresent(i -> parts.add(texts.format("legal.issuer", text(i))));
    reference.getRegion().ifPresent(r -> parts.add(text(r)));
    reference.getNumber().ifPresent(n -> parts.add(texts.format("legal.number", text(n))));
    reference.getYear().ifPresent(y -> parts.add(texts.format("legal.year", String.valueOf(y))));
    reference.getArticle().ifPresent(a -> parts.add(texts.format("legal.article", text(a))));
    reference.getTitle().ifPresent(t -> parts.add(texts.format("legal.title", text(t))));
    return String.join(" ", parts);
  }

  /**
   * Service hours, one line per period and per special arrangement.
   *
   * @param hours the hours
   * @return the lines
   */
  public List<String> hours(ServiceHours hours) {
    List<String> lines = new ArrayList<>();
    for (ServicePeriod period : hours.getPeriods()) {
      lines.add(period(period));
    }
    for (SpecialHours special : hours.getSpecialHours()) {
      StringBuilder line = new StringBuilder(label(special.getOccasion())).append(": ");
      if (special.isClosed()) {
        line.append(texts.text("hours.closed"));
      } else {
        line.append(
            special.getPeriods().stream().map(this::period).collect(Collectors.joining("; ")));
      }
      special.getDescription().ifPresent(d -> line.append(" (").append(text(d)).append(')'));
      lines.add(line.toString());
    }
    hours.getDescription().ifPresent(d -> lines.add(text(d)));
    return lines;
  }

  private String period(ServicePeriod period) {
    StringBuilder line = new StringBuilder(days(period.getDays()));
    Optional<LocalTime> opens = period.getOpens();
    Optional<LocalTime> closes = period.getCloses();
    if (opens.isPresent() || closes.isPresent()) {
      line.append(line.length() == 0 ? "" : ", ")
          .append(
              texts.format(
                  "hours.time",
                  opens.map(this::time).orElse("\u2026"),
                  closes.map(this::time).orElse("\u2026")));
    }
    for (TimeWindow pause : period.getBreaks()) {
      line.append(" (")
          .append(
              texts.format(
                  "hours.break",
                  texts.format("hours.time", time(pause.getStart()), time(pause.getEnd()))))
          .append(')');
    }
    period.getDescription().ifPresent(d -> line.append(" \u2014 ").append(text(d)));
    return line.toString();
  }

  /**
   * Days of the week as runs, e.g. {@code Senin–Kamis, Sabtu}.
   *
   * @param days the days
   * @return the runs; every day for all seven
   */
  public String days(Set<DayOfWeek> days) {
    if (days.size() == 7) {
      return texts.text("hours.allDays");
    }
    List<String> runs = new ArrayList<>();
    DayOfWeek[] all = DayOfWeek.values();
    int i = 0;
    while (i < all.length) {
      if (!days.contains(all[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < all.length && days.contains(all[j + 1])) {
        j++;
      }
      String first = dayName(all[i]);
      runs.add(j == i ? first : first + (j == i + 1 ? ", " : "\u2013") + dayName(all[j]));
      i = j + 1;
    }
    return String.join(", ", runs);
  }

  private String dayName(DayOfWeek day) {
    return day.getDisplayName(
        TextStyle.FULL, english ? Locale.ENGLISH : Locale.forLanguageTag("id"));
  }

  /**
   * A channel and its address, e.g. {@code Surel: kanwil@example.go.id}.
   *
   * @param channel the channel
   * @return the channel as text
   */
  public String channel(Channel channel) {
    StringBuilder name = new StringBuilder(label(channel.getKind()));
    channel.getPlatform().ifPresent(p -> name.append(" (").append(label(p)).append(')'));
    String line =
        channel
            .getAddress()
            .map(a -> texts.format("channel.address", name, text(a)))
            .orElse(name.toString());
    return channel.getDescription().map(d -> line + " \u2014 " + text(d)).orElse(line);
  }
}
