package org.relearning.quiz.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.relearning.quiz.type.AllOrNothingMultipleResponseType;
import org.relearning.quiz.type.EssayType;
import org.relearning.quiz.type.MatchingType;
import org.relearning.quiz.type.MultipleResponseType;
import org.relearning.quiz.type.NumericType;
import org.relearning.quiz.type.OrderingType;
import org.relearning.quiz.type.ShortAnswerType;
import org.relearning.quiz.type.SingleChoiceType;
import org.relearning.quiz.type.TrueFalseType;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads Moodle XML question files ({@code <quiz>} with {@code <question type="...">} elements).
 *
 * <p>The parser refuses any {@code DOCTYPE} (so no entity of any kind, internal or external, is
 * ever expanded), loads no external DTD or schema, does no XInclude and runs with secure processing
 * on. Such input, and input that is not well-formed, is refused as a whole with one report entry:
 * reason {@link #DOCTYPE} or {@link #MALFORMED}, the line the parser stopped at (0 if unknown) and
 * the parser's message, shortened, as detail. Input over the {@link ImportInput} limits is refused
 * the same way as by the other readers.
 *
 * <p>Question types, and what becomes of them:
 *
 * <ul>
 *   <li>{@code multichoice} with {@code <single>true</single>} (the default): single choice, the
 *       answer with fraction 100 being correct; with {@code <single>false</single>}: multiple
 *       response, an answer being correct when its fraction is positive. A comment {@code <!--
 *       relearn:all-or-nothing -->} directly inside the {@code <question>} element makes it all or
 *       nothing instead; Moodle ignores comments and grades such a question with partial credit.
 *   <li>{@code multichoiceset} (Moodle's all-or-nothing plugin): all or nothing, an answer being
 *       correct when its fraction is positive.
 *   <li>{@code truefalse}: two options {@link TrueFalseType#TRUE} and {@link TrueFalseType#FALSE},
 *       from the answers with text {@code true} and {@code false}, each keeping its feedback.
 *   <li>{@code shortanswer}: answers with fraction 100 are accepted; the others are kept as options
 *       not marked correct.
 *   <li>{@code numerical}: {@code value|tolerance}; answers with fraction 100 are accepted, the
 *       others kept as wrong options; a catch-all answer {@code *} that is not accepted is dropped.
 *   <li>{@code matching}: {@code left=>right} from each {@code <subquestion>}; one without text is
 *       a distractor. The correct flag of pairs is always set, and pairs have no feedback.
 *   <li>{@code ordering} (Moodle's ordering plugin): the answers, in document order, are the items
 *       in their correct order; the correct flag is always set.
 *   <li>{@code essay}: no options.
 * </ul>
 *
 * Texts are the content of {@code <text>} elements with entities and CDATA decoded and surrounding
 * whitespace removed; HTML markup is kept as it is. {@code <defaultgrade>} gives the points,
 * rounded, at least 1 and at most {@link #MAX_POINTS} ({@link ImportedQuestion#DEFAULT_POINTS} when
 * missing or not a number). {@code category} entries are ignored; other types (description, cloze,
 * calculated, drag and drop and so on) are skipped as {@link #UNSUPPORTED_TYPE} with the type as
 * detail. A question the question type would refuse is skipped with the line of its {@code
 * <question>} tag, its name and a reason.
 */
public final class MoodleXmlReader {

  public static final String DOCTYPE = "import.xml.doctype";
  public static final String MALFORMED = "import.xml.malformed";
  public static final String NOT_QUIZ = "import.xml.notQuiz";
  public static final String UNSUPPORTED_TYPE = "import.xml.unsupportedType";
  public static final String EMPTY_ANSWER = "import.xml.emptyAnswer";
  public static final String SEVERAL_CORRECT = "import.xml.severalCorrect";
  public static final String BAD_TRUE_FALSE = "import.xml.badTrueFalse";
  public static final String BAD_PAIR = "import.xml.badPair";
  public static final String FEW_PAIRS = "import.xml.fewPairs";

  /** The comment inside a {@code <question>} that marks a multichoice as all or nothing. */
  static final String ALL_OR_NOTHING = "relearn:all-or-nothing";

  /** Points above this are lowered to it. */
  public static final int MAX_POINTS = 999_999;

  private static final int MAX_DETAIL = 200;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
  private static final Set<String> SUPPORTED =
      Set.of(
          "multichoice",
          "multichoiceset",
          "truefalse",
          "shortanswer",
          "numerical",
          "matching",
          "ordering",
          "essay");

  private MoodleXmlReader() {}

  public static ImportReport read(InputStream in) {
    return ImportInput.readThen(in, MoodleXmlReader::read);
  }

  public static ImportReport read(String text) {
    Optional<ImportReport> refusal = ImportInput.checkSize(text);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    String xml = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Tree tree = new Tree();
    try {
      XMLReader reader = parser().getXMLReader();
      reader.setContentHandler(tree);
      reader.setErrorHandler(tree);
      reader.setEntityResolver(tree);
      reader.setProperty(LEXICAL_HANDLER, tree);
      reader.parse(new InputSource(new StringReader(xml)));
    } catch (TooManyQuestions e) {
      return ImportInput.tooManyQuestions();
    } catch (SAXParseException e) {
      if (e.getException() instanceof TooManyQuestions) {
        return ImportInput.tooManyQuestions();
      }
      return refusal(xml, Math.max(0, e.getLineNumber()), e.getMessage());
    } catch (SAXException e) {
      if (e.getException() instanceof TooManyQuestions) {
        return ImportInput.tooManyQuestions();
      }
      return refusal(xml, 0, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return questions(tree.root);
  }

  /** A parser that refuses DTDs and any external resource. */
  private static SAXParser parser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(false);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be made safe", e);
    }
  }

  private static ImportReport refusal(String xml, int line, String message) {
    String detail = message == null ? "" : message.strip();
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL);
    }
    String reason = declaresDoctype(xml) ? DOCTYPE : MALFORMED;
    return new ImportReport(List.of(), List.of(new Skipped(line, "", reason, detail)));
  }

  /** Whether a {@code <!DOCTYPE} follows the XML declaration, comments and instructions. */
  static boolean declaresDoctype(String xml) {
    int i = 0;
    while (i < xml.length()) {
      if (Character.isWhitespace(xml.charAt(i))) {
        i++;
      } else if (xml.startsWith("<?", i)) {
        int end = xml.indexOf("?>", i + 2);
        if (end < 0) {
          return false;
        }
        i = end + 2;
      } else if (xml.startsWith("<!--", i)) {
        int end = xml.indexOf("-->", i + 4);
        if (end < 0) {
          return false;
        }
        i = end + 3;
      } else {
        return xml.regionMatches(true, i, "<!DOCTYPE", 0, 9);
      }
    }
    return false;
  }

  private static ImportReport questions(Node root) {
    if (root == null || !root.name.equals("quiz")) {
      return new ImportReport(
          List.of(),
          List.of(
              new Skipped(
                  root == null ? 0 : root.line, "", NOT_QUIZ, root == null ? "" : root.name)));
    }
    List<ImportedQuestion> imported = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Node q : root.children("question")) {
      String type = q.attributes.getOrDefault("type", "");
      if (type.equals("category")) {
        continue;
      }
      String name = text(q.child("name"));
      try {
        imported.add(question(q, type, name));
      } catch (Refused r) {
        skipped.add(new Skipped(q.line, name, r.getMessage(), r.detail));
      }
    }
    return new ImportReport(imported, skipped);
  }

  private static ImportedQuestion question(Node q, String type, String name) {
    if (!SUPPORTED.contains(type)) {
      throw new Refused(UNSUPPORTED_TYPE, type);
    }
    String text = text(q.child("questiontext"));
    if (text.isEmpty()) {
      throw new Refused(GiftReader.NO_TEXT, "");
    }
    int points = points(q.child("defaultgrade"));
    String general = text(q.child("generalfeedback"));
    List<Answer> answers = q.children("answer").stream().map(Answer::of).toList();
    return switch (type) {
      case "multichoice" -> multichoice(q, name, text, points, general, answers);
      case "multichoiceset" ->
          new ImportedQuestion(
              AllOrNothingMultipleResponseType.ID, name, text, points, ticked(answers), general);
      case "truefalse" ->
          new ImportedQuestion(TrueFalseType.ID, name, text, points, trueFalse(answers), general);
      case "shortanswer" ->
          new ImportedQuestion(
              ShortAnswerType.ID, name, text, points, shortAnswers(answers), general);
      case "numerical" ->
          new ImportedQuestion(NumericType.ID, name, text, points, numbers(answers), general);
      case "matching" ->
          new ImportedQuestion(MatchingType.ID, name, text, points, pairs(q), general);
      case "ordering" ->
          new ImportedQuestion(OrderingType.ID, name, text, points, items(answers), general);
      default -> new ImportedQuestion(EssayType.ID, name, text, points, List.of(), general);
    };
  }

  private static ImportedQuestion multichoice(
      Node q, String name, String text, int points, String general, List<Answer> answers) {
    String single = q.child("single") == null ? "true" : q.child("single").text().strip();
    if (single.equalsIgnoreCase("false") || single.equals("0")) {
      String type =
          q.comments.stream().anyMatch(c -> c.strip().equals(ALL_OR_NOTHING))
              ? AllOrNothingMultipleResponseType.ID
              : MultipleResponseType.ID;
      return new ImportedQuestion(type, name, text, points, ticked(answers), general);
    }
    List<ImportedChoice> choices = options(answers);
    for (Answer a : answers) {
      choices.add(new ImportedChoice(a.text, a.full(), a.feedback));
    }
    long correct = choices.stream().filter(ImportedChoice::correct).count();
    if (correct == 0) {
      throw new Refused(GiftReader.NO_CORRECT, "");
    }
    if (correct > 1) {
      throw new Refused(SEVERAL_CORRECT, String.valueOf(correct));
    }
    return new ImportedQuestion(SingleChoiceType.ID, name, text, points, choices, general);
  }

  /** Options of a multiple-response question: correct when the fraction is positive. */
  private static List<ImportedChoice> ticked(List<Answer> answers) {
    List<ImportedChoice> choices = options(answers);
    for (Answer a : answers) {
      choices.add(new ImportedChoice(a.text, a.fraction.signum() > 0, a.feedback));
    }
    if (choices.stream().noneMatch(ImportedChoice::correct)) {
      throw new Refused(GiftReader.NO_CORRECT, "");
    }
    return choices;
  }

  /** Checks there are at least two answers, all with text; returns an empty list to fill. */
  private static List<ImportedChoice> options(List<Answer> answers) {
    if (answers.size() < 2) {
      throw new Refused(AikenReader.FEW_OPTIONS, String.valueOf(answers.size()));
    }
    requireTexts(answers);
    return new ArrayList<>();
  }

  private static void requireTexts(List<Answer> answers) {
    for (Answer a : answers) {
      if (a.text.isEmpty()) {
        throw new Refused(EMPTY_ANSWER, "");
      }
    }
  }

  private static List<ImportedChoice> trueFalse(List<Answer> answers) {
    Answer yes = null;
    Answer no = null;
    for (Answer a : answers) {
      String t = a.text.toLowerCase(Locale.ROOT);
      if (t.equals(TrueFalseType.TRUE) && yes == null) {
        yes = a;
      } else if (t.equals(TrueFalseType.FALSE) && no == null) {
        no = a;
      } else {
        throw new Refused(BAD_TRUE_FALSE, a.text);
      }
    }
    if (yes == null || no == null) {
      throw new Refused(BAD_TRUE_FALSE, String.valueOf(answers.size()));
    }
    if (!yes.full() && !no.full()) {
      throw new Refused(GiftReader.NO_CORRECT, "");
    }
    if (yes.full() && no.full()) {
      throw new Refused(BAD_TRUE_FALSE, "");
    }
    return List.of(
        new ImportedChoice(TrueFalseType.TRUE, yes.full(), yes.feedback),
        new ImportedChoice(TrueFalseType.FALSE, no.full(), no.feedback));
  }

  private static List<ImportedChoice> shortAnswers(List<Answer> answers) {
    requireTexts(answers);
    List<ImportedChoice> choices = new ArrayList<>();
    for (Answer a : answers) {
      choices.add(new ImportedChoice(a.text, a.full(), a.feedback));
    }
    if (choices.stream().noneMatch(ImportedChoice::correct)) {
      throw new Refused(GiftReader.NO_CORRECT, "");
    }
    return choices;
  }

  private static List<ImportedChoice> numbers(List<Answer> answers) {
    List<ImportedChoice> choices = new ArrayList<>();
    for (Answer a : answers) {
      if (a.text.equals("*") && !a.full()) {
        continue;
      }
      String tolerance = a.node.child("tolerance") == null ? "" : a.node.child("tolerance").text();
      tolerance = tolerance.isBlank() ? "0" : tolerance.strip();
      String value = a.text;
      String written = tolerance.equals("0") ? value : value + ":" + tolerance;
      NumericType.Accepted accepted =
          NumericType.Accepted.parse(value + NumericType.SEPARATOR + tolerance)
              .orElseThrow(() -> new Refused(GiftReader.BAD_NUMBER, written));
      choices.add(new ImportedChoice(accepted.text(), a.full(), a.feedback));
    }
    if (choices.stream().noneMatch(ImportedChoice::correct)) {
      throw new Refused(GiftReader.NO_CORRECT, "");
    }
    return choices;
  }

  private static List<ImportedChoice> pairs(Node q) {
    List<ImportedChoice> choices = new ArrayList<>();
    for (Node sub : q.children("subquestion")) {
      String left = text(sub);
      String right = text(sub.child("answer"));
      if (right.isEmpty() || left.contains(MatchingType.ARROW)) {
        throw new Refused(BAD_PAIR, left + " -> " + right);
      }
      choices.add(new ImportedChoice(left + MatchingType.ARROW + right, true));
    }
    long pairs = choices.stream().filter(c -> !c.text().startsWith(MatchingType.ARROW)).count();
    if (pairs < 2) {
      throw new Refused(FEW_PAIRS, String.valueOf(pairs));
    }
    return choices;
  }

  private static List<ImportedChoice> items(List<Answer> answers) {
    List<ImportedChoice> choices = options(answers);
    for (Answer a : answers) {
      choices.add(new ImportedChoice(a.text, true, a.feedback));
    }
    return choices;
  }

  private static int points(Node grade) {
    if (grade == null) {
      return ImportedQuestion.DEFAULT_POINTS;
    }
    String s = grade.text().strip();
    Optional<BigDecimal> value = s.length() > 30 ? Optional.empty() : NumericType.parse(s);
    if (value.isEmpty()) {
      return ImportedQuestion.DEFAULT_POINTS;
    }
    BigDecimal rounded = value.get().setScale(0, RoundingMode.HALF_UP);
    if (rounded.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
      return MAX_POINTS;
    }
    return Math.max(1, rounded.intValue());
  }

  /** The stripped content of the {@code <text>} child of {@code element}, or "". */
  private static String text(Node element) {
    Node text = element == null ? null : element.child("text");
    return text == null ? "" : text.text().strip();
  }

  /** One {@code <answer>}: its fraction (percent), text and feedback. */
  private record Answer(BigDecimal fraction, String text, String feedback, Node node) {

    static Answer of(Node answer) {
      String f = answer.attributes.getOrDefault("fraction", "0").strip();
      BigDecimal fraction;
      try {
        fraction = f.length() > 30 ? BigDecimal.ZERO : new BigDecimal(f);
      } catch (NumberFormatException e) {
        fraction = BigDecimal.ZERO;
      }
      return new Answer(
          fraction,
          MoodleXmlReader.text(answer),
          MoodleXmlReader.text(answer.child("feedback")),
          answer);
    }

    /** Whether the answer earns full marks. */
    boolean full() {
      return fraction.compareTo(HUNDRED) >= 0;
    }
  }

  /** An element: its name, attributes, start line, children, own text and comments. */
  private static final class Node {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final List<Node> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final List<String> comments = new ArrayList<>();

    Node(String name, Map<String, String> attributes, int line) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
    }

    Node child(String name) {
      for (Node c : children) {
        if (c.name.equals(name)) {
          return c;
        }
      }
      return null;
    }

    List<Node> children(String name) {
      return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    String text() {
      return text.toString();
    }
  }

  /** Builds the element tree; refuses a DTD and external entities even if the parser let one by. */
  private static final class Tree extends DefaultHandler2 {
    private final Deque<Node> open = new ArrayDeque<>();
    private Locator locator;
    private Node root;
    private int questions;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      Map<String, String> map = new HashMap<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        map.put(attributes.getQName(i), attributes.getValue(i));
      }
      Node node = new Node(qName, map, locator == null ? 0 : locator.getLineNumber());
      if (open.isEmpty()) {
        root = node;
      } else {
        open.peek().children.add(node);
      }
      open.push(node);
      if (qName.equals("question") && ++questions > ImportInput.MAX_QUESTIONS) {
        throw new TooManyQuestions();
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text.append(ch, start, length);
      }
    }

    @Override
    public void comment(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().comments.add(new String(ch, start, length));
      }
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw new SAXException("DOCTYPE is not allowed");
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      throw new SAXException("External entities are not allowed");
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
        throws SAXException {
      throw new SAXException("External entities are not allowed");
    }

    @Override
    public InputSource getExternalSubset(String name, String baseUri) throws SAXException {
      throw new SAXException("DOCTYPE is not allowed");
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  /** Stops the parse once the input holds more questions than allowed. */
  private static final class TooManyQuestions extends SAXException {
    TooManyQuestions() {
      super(ImportInput.TOO_MANY_QUESTIONS);
    }
  }

  /** Ends the reading of one question; the reader records it and goes on with the next. */
  private static final class Refused extends RuntimeException {
    final String detail;

    Refused(String reasonKey, String detail) {
      super(reasonKey, null, false, false);
      this.detail = detail;
    }
  }
}
