#include "domain/NameNormalizer.h"

#include <QHash>

#include <utility>

namespace certdesk {

namespace {

// Pairs that look the same in the fonts of ID cards and passports, Latin first. Only the
// letters of Russian and Kazakh that have an identical Latin twin are listed: Y is left out
// because it could be У or Kazakh Ү.
constexpr std::pair<char16_t, char16_t> kLookAlikes[] = {
    {u'A', u'А'}, {u'B', u'В'}, {u'C', u'С'}, {u'E', u'Е'}, {u'H', u'Н'}, {u'K', u'К'},
    {u'M', u'М'}, {u'O', u'О'}, {u'P', u'Р'}, {u'T', u'Т'}, {u'X', u'Х'}, {u'I', u'І'},
    {u'a', u'а'}, {u'c', u'с'}, {u'e', u'е'}, {u'o', u'о'}, {u'p', u'р'}, {u'x', u'х'},
    {u'y', u'у'}, {u'i', u'і'}, {u'h', u'һ'},
};

const QHash<char16_t, char16_t> &latinToCyrillic()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> m;
        for (const auto &[latin, cyrillic] : kLookAlikes)
            m.insert(latin, cyrillic);
        return m;
    }();
    return map;
}

const QHash<char16_t, char16_t> &cyrillicToLatin()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> m;
        for (const auto &[latin, cyrillic] : kLookAlikes)
            m.insert(cyrillic, latin);
        return m;
    }();
    return map;
}

bool isInvisible(QChar c)
{
    return c == u'\u200b' || c == u'\u200c' || c == u'\u200d' || c == u'\u2060'
           || c == u'\ufeff' || c == u'\u00ad';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013'
           || c == u'\u2014';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'`' || c == u'\u02bc';
}

/// Spaces collapsed, invisible characters dropped, dashes and apostrophes made plain.
QString tidy(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (isInvisible(c))
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        if (isDash(c))
            out.append(u'-');
        else if (isApostrophe(c))
            out.append(u'\'');
        else
            out.append(c);
    }
    // Spaces around a hyphen are a typing slip in double surnames: "Иванова - Петрова".
    out.replace(QStringLiteral(" -"), QStringLiteral("-"));
    out.replace(QStringLiteral("- "), QStringLiteral("-"));
    return out;
}

} // namespace

NameNormalizer::Result NameNormalizer::normalize(const QString &text)
{
    Result r;
    const QString name = tidy(text);
    if (name.isEmpty()) {
        r.ok = true;
        return r;
    }
    if (name.size() > MaxLength) {
        r.error = tr("is %n character(s) long; a name has at most %1", nullptr, int(name.size()))
                      .arg(MaxLength);
        return r;
    }

    QChar cyrillicOnly;
    QChar latinOnly;
    bool anyCyrillic = false;
    bool anyLatin = false;
    for (const QChar c : name) {
        if (c.isDigit()) {
            r.error = tr("contains the digit \"%1\": a name has letters only").arg(c);
            return r;
        }
        if (c == u' ' || c == u'-' || c == u'\'')
            continue;
        if (!c.isLetter()) {
            r.error = tr("contains \"%1\", which is not a letter, a hyphen or an apostrophe")
                          .arg(c);
            return r;
        }
        if (c.script() == QChar::Script_Cyrillic) {
            anyCyrillic = true;
            if (!cyrillicToLatin().contains(c.unicode()) && cyrillicOnly.isNull())
                cyrillicOnly = c;
        } else if (c.script() == QChar::Script_Latin) {
            anyLatin = true;
            if (!latinToCyrillic().contains(c.unicode()) && latinOnly.isNull())
                latinOnly = c;
        } else {
            r.error = tr("contains \"%1\", a letter of neither the Cyrillic nor the Latin "
                         "alphabet")
                          .arg(c);
            return r;
        }
    }
    if (!cyrillicOnly.isNull() && !latinOnly.isNull()) {
        r.error = tr("mixes Cyrillic (\"%1\") and Latin (\"%2\") letters: retype it in one "
                     "alphabet, as in the identity document")
                      .arg(cyrillicOnly, latinOnly);
        return r;
    }

    r.ok = true;
    r.value = name;
    if (anyCyrillic && anyLatin) {
        // The letters only one alphabet has decide; a name of look-alikes only is read as
        // Cyrillic, the alphabet of Kazakhstan's documents.
        const bool toLatin = !latinOnly.isNull();
        const auto &map = toLatin ? cyrillicToLatin() : latinToCyrillic();
        const QChar::Script from = toLatin ? QChar::Script_Cyrillic : QChar::Script_Latin;
        QString replaced;
        for (QChar &c : r.value) {
            if (c.script() == from && map.contains(c.unicode())) {
                if (!replaced.contains(c))
                    replaced.append(c);
                c = QChar(map.value(c.unicode()));
            }
        }
        r.changedAlphabet = true;
        r.note = toLatin ? tr("Cyrillic letters that look Latin (%1) were made Latin").arg(replaced)
                         : tr("Latin letters that look Cyrillic (%1) were made Cyrillic")
                               .arg(replaced);
    } else if (r.value != text) {
        r.note = tr("spaces and punctuation were tidied");
    }
    return r;
}

QString NameNormalizer::comparisonKey(const QString &text)
{
    QString key = tidy(text).toCaseFolded();
    for (QChar &c : key) {
        if (c == u'ё')
            c = u'е';
        else if (latinToCyrillic().contains(c.unicode()))
            c = QChar(latinToCyrillic().value(c.unicode()));
    }
    return key;
}

} // namespace certdesk
