#pragma once

#include <yaml-cpp/yaml.h>

namespace Seams {

class Board;
struct BoundedContext;

namespace OpenApi {

/** The two large parts of one context's OpenAPI document. */
struct Body
{
    /** Operations grouped by path: commands and read models (docs/http-conventions.md). */
    YAML::Node paths;
    /** Schemas, the error responses, parameters, headers and security the paths use. */
    YAML::Node components;
};

/** Builds the paths and components of the context's document. */
Body body(const Board &board, const BoundedContext &context);

} // namespace OpenApi
} // namespace Seams
