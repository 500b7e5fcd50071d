# What the real Coolify server (4.3.11, coollabsio/coolify at 379abb25) accepts, operation by operation, read from
# its source. Where this file and the OpenAPI document disagree, this file wins: build/New-ApiCmdlets.ps1 takes
# routes and descriptions from the document and the request's shape from here, and writes the table the module
# and the simulator check requests against (src/Coolify/Http/ServerRules.Generated.cs). Paths in Source are under
# app/Http/Controllers/Api/ unless they say otherwise; see build/README-server-rules.md for the keys.
@{
    # Application variables: an allow-list; absent is_literal/is_preview are reset to false, absent
    # is_multiline/is_shown_once are assigned null (a 500 on a variable that has them on).
    'create-env-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:3755 (allow-list), :3780-3800 (rules and refusal)'
        Strict   = $true
        Fields   = @('key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime', 'comment')
        Required = @('key')
    }
    'update-env-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:3314 (allow-list), :3339-3364 (rules, refusal), :3365-3433 (absent flags reset)'
        Strict   = $true
        Fields   = @('key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime', 'comment')
        Required = @('key')
        Limits   = @('An absent is_literal or is_preview is stored as false, and an absent is_multiline or is_shown_once as null (ApplicationsController.php:3365-3366, 3419-3424): the module resends the current flags.')
    }
    # Service and database variables: no allow-list; only these fields are read, others are dropped silently.
    'create-env-by-service-uuid' = @{
        Source   = 'ServicesController.php:1745-1752 (rules), :1769-1776 (stored fields)'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
    }
    'update-env-by-service-uuid' = @{
        Source   = 'ServicesController.php:1469-1476 (rules), :1491-1503 (only the fields given change)'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
    }
    'create-env-by-database-uuid' = @{
        Source   = 'DatabasesController.php:3824-3856'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
    }
    'update-env-by-database-uuid' = @{
        Source   = 'DatabasesController.php:3550-3557 (rules)'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
    }
}
