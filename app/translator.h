#pragma once

#include <QObject>
#include <QTranslator>

namespace Seams {

/** Seams' own translations (embedded, :/i18n/seams_<lang>.qm) and Qt's (from the system's
 *  Qt translations folder), installed for one language at a time. Switching languages
 *  removes the previous ones first. */
class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);
    ~Translator() override;

    /** Installs the translations for `language` ("fr", "de", "en"), or for the system's UI
     *  languages when it is empty. Returns the language actually used; English when no
     *  translation matched (the source strings are English, with an English catalogue
     *  for plural forms). */
    QString load(const QString &language);

private:
    void unload();

    QTranslator m_seams;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace Seams
