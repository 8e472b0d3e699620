#include "preferences.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace Seams {

namespace Keys {
const QString language = QStringLiteral("preferences/language");
const QString theme = QStringLiteral("preferences/theme");
const QString untitledFolder = QStringLiteral("preferences/untitledFolder");
const QString monolithUpstream = QStringLiteral("boardDefaults/monolithUpstream");
const QString jwtEnabled = QStringLiteral("boardDefaults/jwtEnabled");
const QString rateLimit = QStringLiteral("boardDefaults/rateLimitPerMinute");
const QString databaseEngine = QStringLiteral("boardDefaults/databaseEngine");
} // namespace Keys

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_language = settings.value(Keys::language).toString();
    m_theme = settings.value(Keys::theme, QStringLiteral("system")).toString();
    m_untitledFolder = settings.value(Keys::untitledFolder).toString();
    const BoardSettings builtIn;
    m_boardDefaults.monolithUpstream
        = settings.value(Keys::monolithUpstream, builtIn.monolithUpstream).toString();
    m_boardDefaults.jwtEnabled = settings.value(Keys::jwtEnabled, builtIn.jwtEnabled).toBool();
    m_boardDefaults.rateLimitPerMinute
        = qBound(0, settings.value(Keys::rateLimit, builtIn.rateLimitPerMinute).toInt(), 1'000'000);
    m_boardDefaults.databaseEngine
        = fromKey<DatabaseEngine>(settings.value(Keys::databaseEngine).toString())
              .value_or(builtIn.databaseEngine);
}

void Preferences::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    QSettings().setValue(Keys::language, language);
    Q_EMIT languageChanged();
}

void Preferences::setTheme(const QString &theme)
{
    const QString valid = theme == QLatin1String("light") || theme == QLatin1String("dark")
        ? theme
        : QStringLiteral("system");
    if (m_theme == valid)
        return;
    m_theme = valid;
    QSettings().setValue(Keys::theme, valid);
    Q_EMIT themeChanged();
}

QString Preferences::defaultUntitledFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("untitled"));
}

QString Preferences::untitledFolder() const
{
    return m_untitledFolder.isEmpty() ? defaultUntitledFolder() : m_untitledFolder;
}

void Preferences::setUntitledFolder(const QString &folder)
{
    const QString value = folder == defaultUntitledFolder() ? QString() : folder;
    if (m_untitledFolder == value)
        return;
    m_untitledFolder = value;
    QSettings().setValue(Keys::untitledFolder, value);
    Q_EMIT untitledFolderChanged();
}

void Preferences::setMonolithUpstream(const QString &upstream)
{
    if (m_boardDefaults.monolithUpstream == upstream)
        return;
    m_boardDefaults.monolithUpstream = upstream;
    saveBoardDefaults();
}

void Preferences::setJwtEnabled(bool enabled)
{
    if (m_boardDefaults.jwtEnabled == enabled)
        return;
    m_boardDefaults.jwtEnabled = enabled;
    saveBoardDefaults();
}

void Preferences::setRateLimitPerMinute(int limit)
{
    limit = qBound(0, limit, 1'000'000);
    if (m_boardDefaults.rateLimitPerMinute == limit)
        return;
    m_boardDefaults.rateLimitPerMinute = limit;
    saveBoardDefaults();
}

QString Preferences::databaseEngine() const
{
    return toKey(m_boardDefaults.databaseEngine);
}

void Preferences::setDatabaseEngine(const QString &engine)
{
    const auto parsed = fromKey<DatabaseEngine>(engine);
    if (!parsed || *parsed == m_boardDefaults.databaseEngine)
        return;
    m_boardDefaults.databaseEngine = *parsed;
    saveBoardDefaults();
}

QVariantList Preferences::languages() const
{
    QVariantList result;
    result.append(QVariantMap {{QStringLiteral("code"), QString()},
                               {QStringLiteral("name"), tr("System language")}});
    for (const char *code : {"en", "fr", "de"}) {
        const QLocale locale(QString::fromLatin1(code));
        QString name = locale.nativeLanguageName();
        name[0] = name[0].toUpper();
        result.append(QVariantMap {{QStringLiteral("code"), QString::fromLatin1(code)},
                                   {QStringLiteral("name"), name}});
    }
    return result;
}

void Preferences::saveBoardDefaults()
{
    QSettings settings;
    settings.setValue(Keys::monolithUpstream, m_boardDefaults.monolithUpstream);
    settings.setValue(Keys::jwtEnabled, m_boardDefaults.jwtEnabled);
    settings.setValue(Keys::rateLimit, m_boardDefaults.rateLimitPerMinute);
    settings.setValue(Keys::databaseEngine, toKey(m_boardDefaults.databaseEngine));
    Q_EMIT boardDefaultsChanged();
}

} // namespace Seams
