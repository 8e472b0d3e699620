#pragma once

// Shared set-up of the canvas tests: a real Workspace over a real project file in a
// temporary folder, holding the sample shop board, a generated board or an empty one.

#include "canvas/canvascontroller.h"
#include "canvas/viewport.h"
#include "commands/document.h"
#include "model/boardgenerator.h"
#include "preferences.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"
#include "workspace.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Seams::TestSupport {

/** The sample shop from the migration guide (the resource `seams new --sample shop` uses). */
inline bool loadSample(Board *board)
{
    QFile file(QStringLiteral(":/samples/shop.json"));
    QString error;
    return file.open(QIODevice::ReadOnly) && BoardJson::read(file.readAll(), board, &error);
}

/** A workspace with `board` saved in `folder` and opened, as the app would open it. Its
 *  preferences (untitled boards in `folder`) belong to it. Settings go to Qt's test location
 *  (QStandardPaths test mode), not the user's. */
inline std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir &folder, const Board &board,
                                                const QString &name = QStringLiteral("test"))
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = folder.filePath(name + QStringLiteral(".seams"));
    StorageError error;
    if (!ProjectFile::create(path, board, true, &error))
        return nullptr;
    auto *preferences = new Preferences;
    preferences->setUntitledFolder(folder.filePath(QStringLiteral("untitled")));
    auto workspace = std::make_unique<Workspace>(preferences);
    preferences->setParent(workspace.get());
    if (!workspace->openFile(path).isEmpty())
        return nullptr;
    return workspace;
}

/** A controller over the workspace with an 800 x 600 view at 100%, centred on `center`. */
inline std::unique_ptr<CanvasController> makeController(Workspace *workspace,
                                                        const QPointF &center = {400, 300})
{
    auto controller = std::make_unique<CanvasController>();
    controller->setWorkspace(workspace);
    controller->viewport()->setWidth(800);
    controller->viewport()->setHeight(600);
    controller->viewport()->setView(1.0, center - QPointF(400, 300));
    return controller;
}

/** Where the canvas's unit tests start: a fresh copy of the sample board in a workspace over
 *  a project file in a new temporary folder, and a controller on it (makeController()).
 *  False when the sample cannot be loaded or opened. */
inline bool openSampleCanvas(std::unique_ptr<QTemporaryDir> *folder,
                             std::unique_ptr<Workspace> *workspace,
                             std::unique_ptr<CanvasController> *controller)
{
    *folder = std::make_unique<QTemporaryDir>();
    Board sample;
    if (!loadSample(&sample) || !(*workspace = openWorkspace(**folder, sample)))
        return false;
    *controller = makeController(workspace->get());
    return true;
}

/** A note of the board by its text (the sample's texts are unique). */
inline const Note *noteByText(const Board *board, const QString &text)
{
    for (const Note &note : board->notes()) {
        if (note.text == text)
            return &note;
    }
    return nullptr;
}

inline const BoundedContext *contextByName(const Board *board, const QString &name)
{
    for (const BoundedContext &context : board->contexts()) {
        if (context.name == name)
            return &context;
    }
    return nullptr;
}

} // namespace Seams::TestSupport
