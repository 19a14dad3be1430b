// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjobs.h"

#include "websockethub.h"

#include "common/logging.h"

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {

ImportJobs::ImportJobs(store::Database database, WebSocketHub *hub, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_hub(hub)
{
}

ImportJobs::~ImportJobs()
{
    // Each importer cancels and waits for its thread when destroyed (as children of this).
}

int ImportJobs::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) { return job.state == u"running"_s; }));
}

qint64 ImportJobs::start(const QString &folder)
{
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.folder == folder && job.state == u"running"_s)
            return job.id;
    }
    Job job;
    job.id = m_nextId++;
    job.folder = folder;
    job.state = u"running"_s;
    job.importer = new library::SampleImporter(m_database, this);
    const qint64 id = job.id;
    connect(job.importer, &library::SampleImporter::progressChanged, this,
            [this, id](int done, int total, const QString &file) {
                auto it = m_jobs.find(id);
                if (it == m_jobs.end())
                    return;
                it->done = done;
                it->total = total;
                m_hub->broadcast({{u"type"_s, u"import_progress"_s},
                                  {u"job"_s, id},
                                  {u"done"_s, done},
                                  {u"total"_s, total},
                                  {u"progress"_s, total > 0 ? double(done) / total : 0.0},
                                  {u"file"_s, file}},
                                 WebSocketHub::Delivery::Droppable);
            });
    connect(job.importer, &library::SampleImporter::finished, this, [this, id](const library::ImportReport &report) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        it->state = report.cancelled ? u"cancelled"_s : u"finished"_s;
        it->report = report.toJson();
        it->importer->deleteLater();
        it->importer = nullptr;
        m_hub->broadcast({{u"type"_s, u"import_done"_s}, {u"job"_s, id}, {u"report"_s, it->report}});
        Q_EMIT jobFinished(id);
    });
    connect(job.importer, &library::SampleImporter::failed, this, [this, id](const QString &message) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        it->state = u"failed"_s;
        it->error = message;
        it->importer->deleteLater();
        it->importer = nullptr;
        m_hub->broadcast({{u"type"_s, u"import_failed"_s},
                          {u"job"_s, id},
                          {u"error"_s, QJsonObject{{u"code"_s, u"import_failed"_s}, {u"message"_s, message}}}});
        Q_EMIT jobFinished(id);
    });
    library::SampleImporter *importer = job.importer;
    m_jobs.insert(id, job);
    if (!importer->start(folder)) {
        Job &stored = m_jobs[id];
        stored.state = u"failed"_s;
        stored.error = u"the import could not start"_s;
    }
    qCInfo(lcApi) << "sample import job" << id << "started";
    return id;
}

QJsonObject ImportJobs::status(qint64 jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.cend())
        return {};
    QJsonObject object{{u"id"_s, it->id},
                       {u"folder"_s, it->folder},
                       {u"state"_s, it->state},
                       {u"done"_s, it->done},
                       {u"total"_s, it->total}};
    if (!it->report.isEmpty())
        object.insert(u"report"_s, it->report);
    if (!it->error.isEmpty())
        object.insert(u"error"_s, it->error);
    return object;
}

} // namespace musiaia::api
