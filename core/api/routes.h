// SPDX-License-Identifier: GPL-3.0-or-later
// The REST routes, one file per concern, registered on the server's router.
#pragma once

#include "apirouter.h"

#include "session/conversationstore.h"
#include "session/projectstore.h"
#include "store/database.h"

#include <QObject>
#include <QString>

namespace musiaia::api {

class ChatBridge;
class ImportJobs;
class WebSocketHub;

// What the routes work with. Owned by LocalApiServer, which outlives every route.
struct RouteContext
{
    store::Database database;
    session::ProjectStore projects;
    session::ConversationStore conversations;
    WebSocketHub *hub = nullptr;
    ImportJobs *imports = nullptr;
    ChatBridge *chat = nullptr;
    QObject *owner = nullptr;   // the thread and lifetime that asynchronous answers come back to
};

void addProjectRoutes(ApiRouter &router, RouteContext &context);
void addSampleRoutes(ApiRouter &router, RouteContext &context);
void addHistoryRoutes(ApiRouter &router, RouteContext &context);
void addChatRoutes(ApiRouter &router, RouteContext &context);

// Reads "limit" and "offset" (defaults when absent); false with a 400 error when malformed.
bool readPaging(const ApiRequest &request, int defaultLimit, int maxLimit, int *limit, int *offset, ApiError *error);

} // namespace musiaia::api
