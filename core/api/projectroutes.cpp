// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/projects, /api/v1/projects/{id}, /api/v1/projects/{id}/download. Files are found by
// id through the history; the path the database gives is checked to lie inside the projects
// folder (symbolic links resolved) before anything is read.
#include "routes.h"
#include "zipwriter.h"

#include "als/liveproject.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QTemporaryFile>
#include <QUrl>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {

bool readPaging(const ApiRequest &request, int defaultLimit, int maxLimit, int *limit, int *offset, ApiError *error)
{
    *limit = defaultLimit;
    *offset = 0;
    bool ok = true;
    if (const QString text = request.queryValue(u"limit"_s); !text.isEmpty()) {
        *limit = text.toInt(&ok);
        if (!ok || *limit < 1 || *limit > maxLimit) {
            *error = ApiError::badRequest(u"limit is a number from 1 to %1"_s.arg(maxLimit));
            return false;
        }
    }
    if (const QString text = request.queryValue(u"offset"_s); !text.isEmpty()) {
        *offset = text.toInt(&ok);
        if (!ok || *offset < 0) {
            *error = ApiError::badRequest(u"offset is a number from 0"_s);
            return false;
        }
    }
    return true;
}

namespace {

QString downloadUrl(qint64 projectId, int number = 0)
{
    QString url = u"/api/v1/projects/%1/download"_s.arg(projectId);
    if (number > 0)
        url += u"?version=%1"_s.arg(number);
    return url;
}

QJsonObject projectJson(const session::ProjectInfo &project)
{
    QJsonObject object = project.toJson();
    object.insert(u"downloadUrl"_s, downloadUrl(project.id));
    object.insert(u"zipUrl"_s, QString(downloadUrl(project.id) + u"?format=zip"_s));
    return object;
}

QJsonObject versionJson(const session::VersionInfo &version)
{
    QJsonObject object = version.toJson();
    object.insert(u"downloadUrl"_s, downloadUrl(version.projectId, version.number));
    return object;
}

// `path` resolved (links followed) and inside `root`: the only files the API hands out.
bool insideRoot(const QString &root, const QString &path, QString *resolved)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonicalRoot.isEmpty() || canonical.isEmpty())
        return false;
    if (!canonical.startsWith(canonicalRoot + u'/'))
        return false;
    *resolved = canonical;
    return true;
}

QByteArray attachment(const QString &fileName)
{
    // An ASCII fallback and the UTF-8 name (RFC 6266).
    QByteArray ascii;
    for (const QChar c : fileName)
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\' ? char(c.unicode()) : '_');
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

void listProjects(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    session::ProjectQuery query;
    ApiError error;
    if (!readPaging(request, 50, 500, &query.limit, &query.offset, &error))
        return reply.error(error);
    query.text = request.queryValue(u"q"_s).trimmed();
    const auto projects = context.projects.list(query);
    if (!projects)
        return reply.error(ApiError::fromError(projects.error()));
    QJsonArray array;
    for (const session::ProjectInfo &project : *projects)
        array.append(projectJson(project));
    reply.json(200, {{u"projects"_s, array}, {u"count"_s, array.size()}});
}

void getProject(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    const auto project = context.projects.project(request.ids.value(0));
    if (!project)
        return reply.error(ApiError::fromError(project.error()));
    const auto versions = context.projects.versions(project->id);
    if (!versions)
        return reply.error(ApiError::fromError(versions.error()));
    QJsonArray array;
    for (const session::VersionInfo &version : *versions)
        array.append(versionJson(version));
    QJsonObject object = projectJson(*project);
    object.insert(u"versions"_s, array);
    reply.json(200, {{u"project"_s, object}});
}

void sendZip(RouteContext &context, const session::ProjectInfo &project, const session::VersionInfo &version,
             const QString &folder, const ApiReply &reply)
{
    auto *archive = new QTemporaryFile(QDir::temp().filePath(u"musiaia-api-XXXXXX.zip"_s), context.owner);
    if (!archive->open()) {
        delete archive;
        return reply.error(ApiError::internal(u"cannot make a temporary file for the archive"_s));
    }
    const QString archivePath = archive->fileName();
    const QString rootName = QFileInfo(folder).fileName();
    QPointer<QTemporaryFile> kept(archive);
    // Deflating a folder of samples takes a while: off the thread that serves requests.
    QtConcurrent::run([archivePath, folder, rootName]() -> Result<void> {
        QFile out(archivePath);
        if (!out.open(QIODevice::ReadWrite | QIODevice::Truncate))
            return makeError(ErrorCode::Io, u"cannot write the archive: %1"_s.arg(out.errorString()));
        return zipFolder(folder, rootName, &out);
    }).then(context.owner, [kept, reply, rootName, project, version](const Result<void> &zipped) {
        if (!kept)
            return;
        if (!zipped) {
            qCWarning(lcApi) << "zipping version" << version.id << "failed:" << zipped.errorMessage();
            delete kept.data();
            return reply.error(ApiError::fromError(zipped.error()));
        }
        kept->setParent(nullptr);
        kept->seek(0);
        Q_UNUSED(project);
        reply.device(kept.data(), "application/zip", attachment(rootName + u".zip"_s));
    });
}

void download(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    const auto project = context.projects.project(request.ids.value(0));
    if (!project)
        return reply.error(ApiError::fromError(project.error()));
    const QString format = request.queryValue(u"format"_s);
    if (!format.isEmpty() && format != u"als"_s && format != u"zip"_s)
        return reply.error(ApiError::badRequest(u"format is \"als\" or \"zip\""_s));

    session::VersionInfo version;
    if (const QString wanted = request.queryValue(u"version"_s); !wanted.isEmpty()) {
        qint64 number = 0;
        if (!parseId(wanted, &number))
            return reply.error(ApiError::notFound(u"no such version"_s));
        const auto versions = context.projects.versions(project->id);
        if (!versions)
            return reply.error(ApiError::fromError(versions.error()));
        const auto it = std::find_if(versions->cbegin(), versions->cend(),
                                     [&](const session::VersionInfo &v) { return v.number == number; });
        if (it == versions->cend())
            return reply.error(ApiError::notFound(u"project %1 has no version %2"_s.arg(project->id).arg(number)));
        version = *it;
    } else {
        const auto latest = context.projects.latestVersion(project->id);
        if (!latest)
            return reply.error(ApiError::fromError(latest.error()));
        version = *latest;
    }

    const QString root = context.projects.projectsRoot();
    QString resolved;
    if (format == u"zip"_s) {
        if (!insideRoot(root, version.folder, &resolved) || !QFileInfo(resolved).isDir())
            return reply.error(ApiError::notFound(u"the version's folder is gone from the projects folder"_s));
        return sendZip(context, *project, version, resolved, reply);
    }
    if (!insideRoot(root, version.setPath, &resolved) || !QFileInfo(resolved).isFile())
        return reply.error(ApiError::notFound(u"the version's set is gone from the projects folder"_s));
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        return reply.error(ApiError::internal(u"cannot read the set: %1"_s.arg(file.errorString())));
    reply.bytes(200, file.readAll(), "application/octet-stream",
                {{"Content-Disposition", attachment(QFileInfo(resolved).fileName())}});
}

} // namespace

void addProjectRoutes(ApiRouter &router, RouteContext &context)
{
    RouteContext *c = &context;
    router.add("GET", u"/api/v1/projects"_s, [c](const ApiRequest &r, const ApiReply &reply) { listProjects(*c, r, reply); });
    router.add("GET", u"/api/v1/projects/{id}"_s, [c](const ApiRequest &r, const ApiReply &reply) { getProject(*c, r, reply); });
    router.add("GET", u"/api/v1/projects/{id}/download"_s,
               [c](const ApiRequest &r, const ApiReply &reply) { download(*c, r, reply); });
}

} // namespace musiaia::api
