// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/samples (the library's filters as query parameters), POST /api/v1/samples/import
// (a folder to import, off-thread; progress over the WebSocket) and GET /api/v1/samples/import/{id}.
#include "importjobs.h"
#include "routes.h"

#include "library/evidence.h"
#include "library/samplesearch.h"
#include "library/samplestore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace musiaia::api {
namespace {

bool readRange(const ApiRequest &request, const QString &name, double tolerance, std::optional<double> *min,
               std::optional<double> *max, ApiError *error)
{
    bool ok = true;
    if (const QString text = request.queryValue(name); !text.isEmpty()) {
        const auto range = library::parseRange(text, tolerance);
        if (!range) {
            *error = ApiError::badRequest(u"%1: %2"_s.arg(name, range.errorMessage()));
            return false;
        }
        *min = range->first;
        *max = range->second;
    }
    if (const QString text = request.queryValue(name + u"_min"_s); !text.isEmpty()) {
        *min = text.toDouble(&ok);
        if (!ok) {
            *error = ApiError::badRequest(u"%1_min is a number"_s.arg(name));
            return false;
        }
    }
    if (const QString text = request.queryValue(name + u"_max"_s); !text.isEmpty()) {
        *max = text.toDouble(&ok);
        if (!ok) {
            *error = ApiError::badRequest(u"%1_max is a number"_s.arg(name));
            return false;
        }
    }
    return true;
}

bool isTrue(const QString &text)
{
    return text == u"1"_s || text.compare(u"true"_s, Qt::CaseInsensitive) == 0 || text.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
}

void searchSamples(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    library::SampleQuery query;
    ApiError error;
    if (!readPaging(request, 50, 1000, &query.limit, &query.offset, &error))
        return reply.error(error);
    query.text = request.queryValue(u"q"_s).trimmed();
    for (const QString &name : request.queryValue(u"type"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto normalised = library::SampleStore::normaliseValue(library::Field::Type, name.trimmed());
        if (!normalised)
            return reply.error(ApiError::badRequest(normalised.errorMessage()));
        query.types << *normalised;
    }
    if (const QString kind = request.queryValue(u"kind"_s); !kind.isEmpty()) {
        if (kind == u"loop"_s)
            query.kind = library::loopKind();
        else if (kind == u"one-shot"_s || kind == u"oneshot"_s || kind == u"one_shot"_s)
            query.kind = library::oneShotKind();
        else
            return reply.error(ApiError::badRequest(u"kind is \"loop\" or \"one-shot\""_s));
    }
    if (!readRange(request, u"bpm"_s, 0.03, &query.bpmMin, &query.bpmMax, &error)
        || !readRange(request, u"duration"_s, 0.1, &query.durationMin, &query.durationMax, &error))
        return reply.error(error);
    if (const QString key = request.queryValue(u"key"_s); !key.isEmpty()) {
        query.key = library::MusicalKey::parse(key);
        if (!query.key)
            return reply.error(ApiError::badRequest(u"\u201c%1\u201d is not a key (try Am, F#m, C or 8A)"_s.arg(key)));
    }
    query.compatibleKeys = isTrue(request.queryValue(u"compatible"_s));
    query.includeMissing = isTrue(request.queryValue(u"include_missing"_s));
    // Folders by their library id: the request never names a path.
    if (const QString folder = request.queryValue(u"folder_id"_s); !folder.isEmpty()) {
        qint64 folderId = 0;
        if (!parseId(folder, &folderId))
            return reply.error(ApiError::badRequest(u"folder_id is a number"_s));
        const auto folders = library::SampleStore(context.database).folders();
        if (!folders)
            return reply.error(ApiError::fromError(folders.error()));
        const auto it = std::find_if(folders->cbegin(), folders->cend(),
                                     [&](const library::SampleFolder &f) { return f.id == folderId; });
        if (it == folders->cend())
            return reply.error(ApiError::notFound(u"no sample folder %1"_s.arg(folderId)));
        query.folder = it->path;
    }
    const auto hits = library::searchSamples(context.database, query);
    if (!hits)
        return reply.error(ApiError::fromError(hits.error()));
    QJsonArray array;
    for (const library::SampleHit &hit : *hits) {
        QJsonObject object = hit.sample.toJson();
        object.insert(u"relevance"_s, std::round(hit.relevance * 1000) / 1000);
        array.append(object);
    }
    reply.json(200, {{u"samples"_s, array}, {u"count"_s, array.size()}});
}

void startImport(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    QJsonObject body;
    ApiError error;
    if (!request.jsonBody(&body, &error))
        return reply.error(error);
    const QJsonValue folderValue = body.value(u"folder"_s).isUndefined() ? body.value(u"path"_s) : body.value(u"folder"_s);
    if (!folderValue.isString() || folderValue.toString().trimmed().isEmpty())
        return reply.error(ApiError::badRequest(u"give the folder to import: {\"folder\": \"/path/to/samples\"}"_s));
    const QString given = folderValue.toString().trimmed();
    if (!QDir::isAbsolutePath(given))
        return reply.error(ApiError::badRequest(u"the folder must be an absolute path"_s));
    const QFileInfo info(given);
    if (!info.isDir())
        return reply.error(ApiError::badRequest(u"%1 is not a folder"_s.arg(given)));
    const qint64 id = context.imports->start(info.canonicalFilePath());
    QJsonObject job = context.imports->status(id);
    job.insert(u"statusUrl"_s, u"/api/v1/samples/import/%1"_s.arg(id));
    reply.json(202, {{u"job"_s, job}});
}

void importStatus(RouteContext &context, const ApiRequest &request, const ApiReply &reply)
{
    const QJsonObject job = context.imports->status(request.ids.value(0));
    if (job.isEmpty())
        return reply.error(ApiError::notFound(u"no such import job"_s));
    reply.json(200, {{u"job"_s, job}});
}

} // namespace

void addSampleRoutes(ApiRouter &router, RouteContext &context)
{
    RouteContext *c = &context;
    router.add("GET", u"/api/v1/samples"_s, [c](const ApiRequest &r, const ApiReply &reply) { searchSamples(*c, r, reply); });
    router.add("POST", u"/api/v1/samples/import"_s,
               [c](const ApiRequest &r, const ApiReply &reply) { startImport(*c, r, reply); });
    router.add("GET", u"/api/v1/samples/import/{id}"_s,
               [c](const ApiRequest &r, const ApiReply &reply) { importStatus(*c, r, reply); });
}

} // namespace musiaia::api
