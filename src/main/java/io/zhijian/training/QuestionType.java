package io.zhijian.training;

/** The question types of GIFT, named as the import report counts them. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERICAL, MATCHING, ESSAY, DESCRIPTION, MISSING_WORD
}
