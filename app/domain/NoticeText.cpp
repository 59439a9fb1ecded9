#include "domain/NoticeText.h"

namespace certdesk {

namespace {

// GSM 03.38 basic character set (as Unicode) and the extension table, whose characters
// take two septets.
const QString kGsmBasic = QStringLiteral(
    "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
    " !\"#\u00a4%&'()*+,-./0123456789:;<=>?"
    "\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
    "\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0");
const QString kGsmExtension = QStringLiteral("^{}\\[~]|\u20ac\f");

int septets(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += kGsmExtension.contains(c) ? 2 : 1;
    return n;
}

} // namespace

QString NoticeText::text(const Notice &n)
{
    return text(n.kind, n.language, n.until);
}

QString NoticeText::text(Notice::Kind kind, const QString &language, const QDate &until)
{
    const QString date = until.toString(QStringLiteral("dd.MM.yyyy"));
    const bool ru = language == QLatin1String("ru");
    switch (kind) {
    case Notice::Kind::Arrived:
        return ru
            ? QStringLiteral("Справка о судимости готова. Получите в отделении до %1.").arg(date)
            : QStringLiteral("Соттылық туралы анықтама дайын. Бөлімшеден %1 дейін алыңыз.")
                  .arg(date);
    case Notice::Kind::CustodyReminder:
        return ru
            ? QStringLiteral("Справка о судимости ждёт вас в отделении только до %1.").arg(date)
            : QStringLiteral("Анықтама бөлімшеде тек %1 дейін сақталады. Алып кетіңіз.").arg(date);
    case Notice::Kind::Returned:
        return ru ? QStringLiteral("Справка о судимости возвращена в отделение. Получите её.")
                  : QStringLiteral("Соттылық туралы анықтама бөлімшеге қайтарылды. Алып кетіңіз.");
    }
    return QString();
}

bool NoticeText::isGsm7(const QString &text)
{
    for (const QChar c : text) {
        if (!kGsmBasic.contains(c) && !kGsmExtension.contains(c))
            return false;
    }
    return true;
}

int NoticeText::singleSegmentLimit(const QString &text)
{
    return isGsm7(text) ? 160 : 70;
}

int NoticeText::segments(const QString &text)
{
    if (isGsm7(text)) {
        const int n = septets(text);
        return n <= 160 ? 1 : (n + 152) / 153;
    }
    const int n = int(text.size()); // UCS-2 code units; a surrogate pair is two
    return n <= 70 ? 1 : (n + 66) / 67;
}

} // namespace certdesk
