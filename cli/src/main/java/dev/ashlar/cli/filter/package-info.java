/**
 * The filter language of {@code ashlar <list command> --filter}: a hand-written tokenizer and recursive-descent
 * parser that turns text such as {@code status == "published" and (views >= 10 or pinned == true)} into a
 * {@link dev.ashlar.query.Filter}. Syntax errors name the column they occur at.
 */
package dev.ashlar.cli.filter;
