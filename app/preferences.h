#pragma once

#include "model/boardsettings.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

namespace Seams {

/** The user's preferences, kept in QSettings: language, theme, where untitled boards live,
 *  and the defaults new boards start with (gateway and database). Built in main() and handed
 *  to QML; the Workspace asks it for new boards' settings. */
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created in main()")

    /** "" follows the system locale; otherwise a language code such as "fr" or "de". */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** "system", "light" or "dark". */
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString untitledFolder READ untitledFolder WRITE setUntitledFolder NOTIFY
                   untitledFolderChanged)
    Q_PROPERTY(QUrl untitledFolderUrl READ untitledFolderUrl NOTIFY untitledFolderChanged)
    Q_PROPERTY(QString monolithUpstream READ monolithUpstream WRITE setMonolithUpstream NOTIFY
                   boardDefaultsChanged)
    Q_PROPERTY(bool jwtEnabled READ jwtEnabled WRITE setJwtEnabled NOTIFY boardDefaultsChanged)
    Q_PROPERTY(int rateLimitPerMinute READ rateLimitPerMinute WRITE setRateLimitPerMinute NOTIFY
                   boardDefaultsChanged)
    /** "postgres", "mariadb" or "sqlite". */
    Q_PROPERTY(QString databaseEngine READ databaseEngine WRITE setDatabaseEngine NOTIFY
                   boardDefaultsChanged)
    /** The languages the app is translated into, as {code, name} pairs for a picker. */
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    explicit Preferences(QObject *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString untitledFolder() const;
    void setUntitledFolder(const QString &folder);
    QUrl untitledFolderUrl() const { return QUrl::fromLocalFile(untitledFolder()); }
    /** For folder pickers, which speak in URLs. */
    Q_INVOKABLE void setUntitledFolderUrl(const QUrl &url) { setUntitledFolder(url.toLocalFile()); }
    QString monolithUpstream() const { return m_boardDefaults.monolithUpstream; }
    void setMonolithUpstream(const QString &upstream);
    bool jwtEnabled() const { return m_boardDefaults.jwtEnabled; }
    void setJwtEnabled(bool enabled);
    int rateLimitPerMinute() const { return m_boardDefaults.rateLimitPerMinute; }
    void setRateLimitPerMinute(int limit);
    QString databaseEngine() const;
    void setDatabaseEngine(const QString &engine);
    QVariantList languages() const;

    /** The settings a new board starts with. */
    BoardSettings boardDefaults() const { return m_boardDefaults; }
    /** The folder used when the preference is empty: the app data folder's "untitled". */
    static QString defaultUntitledFolder();

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void untitledFolderChanged();
    void boardDefaultsChanged();

private:
    void saveBoardDefaults();

    QString m_language;
    QString m_theme;
    QString m_untitledFolder;
    BoardSettings m_boardDefaults;
};

} // namespace Seams
