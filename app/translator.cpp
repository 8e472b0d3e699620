#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Seams {

Translator::Translator(QObject *parent)
    : QObject(parent)
{ }

Translator::~Translator()
{
    unload();
}

void Translator::unload()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_seams);
    QCoreApplication::removeTranslator(&m_qt); // harmless when it was not installed
    m_installed = false;
}

QString Translator::load(const QString &language)
{
    unload();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // QTranslator::load(QLocale, ...) walks the locale's UI languages in order of preference.
    if (!m_seams.load(locale, QStringLiteral("seams"), QStringLiteral("_"),
                      QStringLiteral(":/i18n"))
        && !m_seams.load(QStringLiteral("seams_en"), QStringLiteral(":/i18n"))) {
        return QStringLiteral("en");
    }
    // Qt's own strings (dialog buttons, ...) when the system has them; optional.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_seams);
    m_installed = true;
    return m_seams.language().section(QLatin1Char('_'), 0, 0);
}

} // namespace Seams
