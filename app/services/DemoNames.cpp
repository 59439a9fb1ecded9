#include "services/DemoNames.h"

#include <QRandomGenerator>

#include <array>

namespace certdesk {

namespace {

// Masculine surnames; the feminine form adds -а (Ахметов / Ахметова).
constexpr std::array kKazakhSurnames{
    u"Ахметов", u"Байжанов", u"Жумабаев", u"Сериков", u"Нурланов", u"Касымов", u"Сейткалиев",
    u"Токтаров", u"Абдрахманов", u"Есимов", u"Жаксылыков", u"Омаров", u"Сарсенбаев", u"Тулегенов",
    u"Утегенов", u"Кенжебеков", u"Мухамеджанов", u"Ермеков", u"Бекмухамбетов", u"Нургалиев",
    u"Калиев", u"Дюсенбаев", u"Искаков", u"Алимжанов", u"Әбілов", u"Құдайбергенов"};
constexpr std::array kRussianSurnames{u"Иванов", u"Смирнов", u"Кузнецов", u"Попов", u"Соколов",
                                      u"Лебедев", u"Козлов", u"Новиков", u"Морозов", u"Петров",
                                      u"Волков", u"Соловьёв", u"Васильев", u"Зайцев", u"Павлов",
                                      u"Семёнов", u"Голубев", u"Виноградов", u"Богданов",
                                      u"Воробьёв", u"Ильин", u"Никитин"};
constexpr std::array kKazakhMale{u"Айбек", u"Нұрлан", u"Ерлан", u"Данияр", u"Асхат", u"Ержан",
                                 u"Бауыржан", u"Қайрат", u"Марат", u"Серік", u"Арман", u"Дәурен",
                                 u"Әлихан", u"Нұрсұлтан", u"Темірлан", u"Ринат"};
constexpr std::array kKazakhFemale{u"Айгүл", u"Гүлнар", u"Жанар", u"Динара", u"Әсел", u"Айжан",
                                   u"Сәуле", u"Меруерт", u"Жазира", u"Аружан", u"Ақбота",
                                   u"Гаухар", u"Ләззат", u"Мадина", u"Томирис", u"Жұлдыз"};
constexpr std::array kRussianMale{u"Александр", u"Сергей", u"Дмитрий", u"Андрей", u"Алексей",
                                  u"Максим", u"Евгений", u"Иван", u"Михаил", u"Николай",
                                  u"Владимир", u"Артём"};
constexpr std::array kRussianFemale{u"Елена", u"Ольга", u"Наталья", u"Татьяна", u"Ирина",
                                    u"Анна", u"Светлана", u"Мария", u"Юлия", u"Екатерина",
                                    u"Людмила", u"Виктория"};
// Fathers' names, from which patronymics are made.
constexpr std::array kKazakhFathers{u"Серік", u"Болат", u"Ерлан", u"Қайрат", u"Марат", u"Нұрлан",
                                    u"Асқар", u"Бақыт", u"Жанат", u"Талгат"};
constexpr std::array kRussianPatronymicStems{u"Александров", u"Сергеев", u"Николаев",
                                             u"Владимиров", u"Петров", u"Иванов", u"Викторов",
                                             u"Андреев"};

template<typename Array>
QString pick(QRandomGenerator &random, const Array &names)
{
    return QString::fromUtf16(names[random.bounded(int(names.size()))]);
}

QString surnameFor(QRandomGenerator &random, bool kazakh, bool male)
{
    const QString masculine = kazakh ? pick(random, kKazakhSurnames) : pick(random, kRussianSurnames);
    return male ? masculine : masculine + u'а';
}

} // namespace

DemoName DemoNames::make(QRandomGenerator &random, bool male)
{
    DemoName n;
    const bool kazakh = random.bounded(100) < 70; // the branch's share of Kazakh names
    if (kazakh) {
        n.surname = surnameFor(random, true, male);
        n.givenName = male ? pick(random, kKazakhMale) : pick(random, kKazakhFemale);
        const QString father = pick(random, kKazakhFathers);
        // Half use the traditional -ұлы / -қызы, half the Russian-style -ович / -овна.
        if (random.bounded(2) == 0)
            n.patronymic = father + (male ? QStringLiteral("ұлы") : QStringLiteral("қызы"));
        else
            n.patronymic = father + (male ? QStringLiteral("ович") : QStringLiteral("овна"));
    } else {
        n.surname = surnameFor(random, false, male);
        n.givenName = male ? pick(random, kRussianMale) : pick(random, kRussianFemale);
        n.patronymic = pick(random, kRussianPatronymicStems)
                       + (male ? QStringLiteral("ич") : QStringLiteral("на"));
    }
    return n;
}

} // namespace certdesk
