// SPDX-License-Identifier: GPL-3.0-or-later
// Sample imports started through the API: each runs on its own thread (library::SampleImporter);
// progress and the report go to every WebSocket client, and the job can be asked about by id.
#pragma once

#include "library/sampleimport.h"
#include "store/database.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace musiaia::api {

class WebSocketHub;

class ImportJobs final : public QObject
{
    Q_OBJECT

public:
    ImportJobs(store::Database database, WebSocketHub *hub, QObject *parent = nullptr);
    ~ImportJobs() override;

    // Starts importing `folder` (an existing, absolute folder); returns the job's id. A folder
    // already being imported gives that job's id.
    qint64 start(const QString &folder);
    // {"id", "folder", "state": running|finished|failed, "done", "total", "report"|"error"};
    // empty when there is no such job.
    QJsonObject status(qint64 jobId) const;
    int runningCount() const;

Q_SIGNALS:
    void jobFinished(qint64 jobId);

private:
    struct Job
    {
        qint64 id = 0;
        QString folder;
        QString state;
        int done = 0;
        int total = 0;
        QJsonObject report;
        QString error;
        library::SampleImporter *importer = nullptr;
    };

    store::Database m_database;
    WebSocketHub *m_hub;
    QHash<qint64, Job> m_jobs;
    qint64 m_nextId = 1;
};

} // namespace musiaia::api
