package io.zhijian.training;

import io.zhijian.training.Question.Answer;
import io.zhijian.training.Question.Format;
import io.zhijian.training.Question.Pair;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Moodle XML, the lossless exchange format: reading (with the line of every problem) and writing.
 * A missing-word question travels as multichoice/shortanswer with "_____" where the blank is.
 * Difficulty has no Moodle XML field and is not carried.
 */
public final class MoodleXml {

    static final String BLANK = "_____";

    private MoodleXml() {
    }

    /** A parsed element: name, attributes we use, text, children, and its line. */
    private record Node(String name, String format, String fraction, String type, String text, List<Node> children,
                        int line) {
        Node child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
        }

        List<Node> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** The {@code <text>} inside this element, or its own text. */
        String textValue() {
            Node text = child("text");
            String value = text != null ? text.text : this.text;
            return value == null ? "" : value.trim();
        }
    }

    public static GiftParser.Result read(String xml) {
        List<Question> questions = new ArrayList<>();
        List<GiftError> errors = new ArrayList<>();
        Node root;
        try {
            root = tree(xml == null ? "" : xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            errors.add(new GiftError(line, "xml-syntax", TrainingTexts.text(ExamMessages::xmlSyntax)));
            return new GiftParser.Result(List.of(), List.copyOf(errors));
        }
        if (!root.name.equals("quiz")) {
            errors.add(new GiftError(root.line, "xml-not-quiz", TrainingTexts.text(ExamMessages::xmlNotQuiz)));
            return new GiftParser.Result(List.of(), List.copyOf(errors));
        }
        String category = "";
        for (Node q : root.all("question")) {
            String type = q.type == null ? "" : q.type;
            if (type.equals("category")) {
                category = category(q.child("category") == null ? "" : q.child("category").textValue());
                continue;
            }
            Question question = question(q, type, category, errors);
            if (question != null) {
                questions.add(question);
            }
        }
        return new GiftParser.Result(List.copyOf(questions), List.copyOf(errors));
    }

    private static Question question(Node q, String type, String category, List<GiftError> errors) {
        String title = q.child("name") == null ? null : blankToNull(q.child("name").textValue());
        Node textNode = q.child("questiontext");
        String text = textNode == null ? "" : textNode.textValue();
        Format format = format(textNode == null ? null : textNode.format);
        String general = q.child("generalfeedback") == null ? null : blankToNull(q.child("generalfeedback").textValue());
        String idNumber = q.child("idnumber") == null ? null : blankToNull(q.child("idnumber").textValue());
        List<String> tags = new ArrayList<>();
        Node tagsNode = q.child("tags");
        if (tagsNode != null) {
            tagsNode.all("tag").forEach(t -> tags.add(t.textValue()));
        }
        List<Answer> answers = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        Boolean correct = null;
        String feedbackWrong = null;
        String feedbackRight = null;
        QuestionType questionType;
        try {
            switch (type) {
                case "multichoice" -> {
                    boolean single = q.child("single") == null || q.child("single").textValue().equals("true")
                            || q.child("single").textValue().equals("1");
                    for (Node a : q.all("answer")) {
                        answers.add(Answer.choice(a.textValue(), fraction(a), feedback(a)));
                    }
                    questionType = single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
                }
                case "truefalse" -> {
                    for (Node a : q.all("answer")) {
                        boolean saysTrue = a.textValue().equalsIgnoreCase("true");
                        if (fraction(a) == 100) {
                            correct = saysTrue;
                            feedbackRight = feedback(a);
                        } else {
                            feedbackWrong = feedback(a);
                        }
                    }
                    if (correct == null) {
                        throw new IllegalArgumentException();
                    }
                    questionType = QuestionType.TRUE_FALSE;
                }
                case "shortanswer" -> {
                    for (Node a : q.all("answer")) {
                        answers.add(Answer.choice(a.textValue(), fraction(a), feedback(a)));
                    }
                    questionType = QuestionType.SHORT_ANSWER;
                }
                case "numerical" -> {
                    for (Node a : q.all("answer")) {
                        String value = a.textValue();
                        if (value.equals("*")) {
                            answers.add(new Answer(null, 0, feedback(a), null, null));
                            continue;
                        }
                        Node tolerance = a.child("tolerance");
                        answers.add(Answer.number(Double.parseDouble(value), tolerance == null ? 0
                                : Double.parseDouble(tolerance.textValue()), fraction(a), feedback(a)));
                    }
                    questionType = QuestionType.NUMERICAL;
                }
                case "matching" -> {
                    for (Node s : q.all("subquestion")) {
                        Node answer = s.child("answer");
                        pairs.add(new Pair(s.textValue(), answer == null ? "" : answer.textValue()));
                    }
                    questionType = QuestionType.MATCHING;
                }
                case "essay" -> questionType = QuestionType.ESSAY;
                case "description" -> questionType = QuestionType.DESCRIPTION;
                default -> {
                    String shown = type;
                    errors.add(new GiftError(q.line, "xml-unknown-type", TrainingTexts.text(m -> m.xmlUnknownType(shown))));
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            errors.add(new GiftError(q.line, "xml-bad-answer", TrainingTexts.text(ExamMessages::xmlBadAnswer)));
            return null;
        }
        String textAfter = null;
        if ((questionType == QuestionType.SINGLE_CHOICE || questionType == QuestionType.SHORT_ANSWER)
                && text.contains(BLANK)) {
            int at = text.indexOf(BLANK);
            textAfter = blankToNull(text.substring(at + BLANK.length()).trim());
            text = text.substring(0, at).trim();
            questionType = QuestionType.MISSING_WORD;
        }
        if (text.isEmpty()) {
            errors.add(new GiftError(q.line, "no-text", TrainingTexts.text(ExamMessages::giftNoText)));
            return null;
        }
        return new Question(category, idNumber, List.copyOf(tags), null, title, format, text, textAfter, questionType,
                List.copyOf(answers), List.copyOf(pairs), correct, feedbackWrong, feedbackRight, general, q.line);
    }

    /** The questions as a Moodle XML quiz, written with StAX (which escapes every text and attribute). */
    public static String write(List<Question> questions) {
        StringWriter target = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(target);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            out.writeStartElement("quiz");
            String category = null;
            for (Question q : questions) {
                if (!q.category().equals(category)) {
                    category = q.category();
                    out.writeCharacters("\n  ");
                    out.writeStartElement("question");
                    out.writeAttribute("type", "category");
                    out.writeStartElement("category");
                    text(out, "$course$/top" + (category.isEmpty() ? "" : "/" + category));
                    out.writeEndElement();
                    out.writeEndElement();
                }
                question(out, q);
            }
            out.writeCharacters("\n");
            out.writeEndElement();
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return target.toString();
    }

    private static void question(XMLStreamWriter out, Question q) throws XMLStreamException {
        String type = switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
            case MISSING_WORD -> q.answers().stream().anyMatch(a -> a.fraction() == 0) ? "multichoice" : "shortanswer";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case NUMERICAL -> "numerical";
            case MATCHING -> "matching";
            case ESSAY -> "essay";
            case DESCRIPTION -> "description";
        };
        String text = q.type() == QuestionType.MISSING_WORD
                ? q.text() + " " + BLANK + (q.textAfter() == null ? "" : " " + q.textAfter()) : q.text();
        out.writeCharacters("\n  ");
        out.writeStartElement("question");
        out.writeAttribute("type", type);
        element(out, "name", q.title() == null ? "" : q.title());
        out.writeCharacters("\n    ");
        out.writeStartElement("questiontext");
        out.writeAttribute("format", formatName(q.format()));
        text(out, text);
        out.writeEndElement();
        if (q.generalFeedback() != null) {
            element(out, "generalfeedback", q.generalFeedback());
        }
        if (type.equals("multichoice")) {
            out.writeCharacters("\n    ");
            out.writeStartElement("single");
            out.writeCharacters(String.valueOf(q.type() != QuestionType.MULTIPLE_CHOICE));
            out.writeEndElement();
        }
        switch (q.type()) {
            case TRUE_FALSE -> {
                boolean right = Boolean.TRUE.equals(q.correct());
                answer(out, String.valueOf(right), 100, q.feedbackRight(), null);
                answer(out, String.valueOf(!right), 0, q.feedbackWrong(), null);
            }
            case NUMERICAL -> {
                for (Answer a : q.answers()) {
                    answer(out, a.value() == null ? "*" : Gift.number(a.value()), a.fraction(), a.feedback(),
                            a.value() == null ? null : a.tolerance());
                }
            }
            case MATCHING -> {
                for (Pair p : q.pairs()) {
                    out.writeCharacters("\n    ");
                    out.writeStartElement("subquestion");
                    text(out, p.question());
                    out.writeStartElement("answer");
                    text(out, p.answer());
                    out.writeEndElement();
                    out.writeEndElement();
                }
            }
            default -> {
                for (Answer a : q.answers()) {
                    answer(out, a.text(), a.fraction(), a.feedback(), null);
                }
            }
        }
        if (q.idNumber() != null) {
            out.writeCharacters("\n    ");
            out.writeStartElement("idnumber");
            out.writeCharacters(q.idNumber());
            out.writeEndElement();
        }
        if (!q.tags().isEmpty()) {
            out.writeCharacters("\n    ");
            out.writeStartElement("tags");
            for (String tag : q.tags()) {
                out.writeStartElement("tag");
                text(out, tag);
                out.writeEndElement();
            }
            out.writeEndElement();
        }
        out.writeCharacters("\n  ");
        out.writeEndElement();
    }

    /** {@code <name><text>value</text></name>} on a line of its own. */
    private static void element(XMLStreamWriter out, String name, String value) throws XMLStreamException {
        out.writeCharacters("\n    ");
        out.writeStartElement(name);
        text(out, value);
        out.writeEndElement();
    }

    private static void text(XMLStreamWriter out, String value) throws XMLStreamException {
        out.writeStartElement("text");
        out.writeCharacters(value == null ? "" : value);
        out.writeEndElement();
    }

    private static void answer(XMLStreamWriter out, String text, double fraction, String feedback, Double tolerance)
            throws XMLStreamException {
        out.writeCharacters("\n    ");
        out.writeStartElement("answer");
        out.writeAttribute("fraction", Gift.number(fraction));
        text(out, text);
        if (tolerance != null) {
            out.writeStartElement("tolerance");
            out.writeCharacters(Gift.number(tolerance));
            out.writeEndElement();
        }
        if (feedback != null) {
            out.writeStartElement("feedback");
            text(out, feedback);
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private static Node tree(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        try {
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!reader.isStartElement()) {
                throw new XMLStreamException("no root element", reader.getLocation());
            }
            return element(reader, 1);
        } finally {
            reader.close();
        }
    }

    /** Moodle's own files nest six deep; anything far deeper is not a question file (and would exhaust the stack). */
    private static final int MAX_DEPTH = 64;

    /** Reads the element the reader is on, with its children, up to its end tag. */
    private static Node element(XMLStreamReader reader, int depth) throws XMLStreamException {
        String name = reader.getLocalName();
        int line = reader.getLocation().getLineNumber();
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH, reader.getLocation());
        }
        String format = reader.getAttributeValue(null, "format");
        String fraction = reader.getAttributeValue(null, "fraction");
        String type = reader.getAttributeValue(null, "type");
        StringBuilder text = new StringBuilder();
        List<Node> children = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(element(reader, depth + 1));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new Node(name, format, fraction, type, text.toString(), List.copyOf(children), line);
    }

    private static double fraction(Node answer) {
        double value = answer.fraction == null ? 0 : Double.parseDouble(answer.fraction);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static String feedback(Node answer) {
        Node feedback = answer.child("feedback");
        return feedback == null ? null : blankToNull(feedback.textValue());
    }

    private static String category(String path) {
        String clean = path.trim();
        for (String prefix : new String[]{"$course$/", "$system$/", "top/", "top"}) {
            if (clean.startsWith(prefix)) {
                clean = clean.substring(prefix.length());
            }
        }
        return clean;
    }

    private static Format format(String name) {
        if (name == null) {
            return Format.MOODLE;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "html" -> Format.HTML;
            case "plain_text" -> Format.PLAIN;
            case "markdown" -> Format.MARKDOWN;
            default -> Format.MOODLE;
        };
    }

    private static String formatName(Format format) {
        return switch (format) {
            case HTML -> "html";
            case PLAIN -> "plain_text";
            case MARKDOWN -> "markdown";
            case MOODLE -> "moodle_auto_format";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
