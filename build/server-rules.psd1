# What the real Coolify server (4.3.11, coollabsio/coolify at 379abb25) accepts, operation by operation, read from
# its source. Where this file and the OpenAPI document disagree, this file wins: build/New-ApiCmdlets.ps1 takes
# routes and descriptions from the document and the request's shape from here, and writes the table the module
# and the simulator check requests against (src/Coolify/Http/ServerRules.Generated.cs). Paths in Source are under
# app/Http/Controllers/Api/ unless they say otherwise; see build/README-server-rules.md for the keys.
@{
    # ---- Applications, databases, services, projects and their sub-resources ----

    'create-project' = @{
        Source   = 'ProjectController.php:236 (allow-list), :248-266 (rules; any other field: 422), :268-282'
        Strict   = $true
        Fields   = @('name', 'description')
        Required = @('name')
        Limits   = @(
            'name 3-255 characters matching ValidationPatterns NAME_PATTERN; description max 255 with DESCRIPTION_PATTERN (app/Support/ValidationPatterns.php:417-452)'
        )
        Response = '201 {uuid}'
    }
    'create-service' = @{
        Source   = 'ServicesController.php:362 (allow-list), :375-413 (rules; any other field: 422), :420-424 (type and compose exclusive), :428-430 (environment), template path :476-587, compose path :588-768 (allow-list :589, base64 :678-695)'
        Strict   = $true
        Fields   = @('type', 'name', 'description', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'docker_compose_raw', 'urls', 'force_domain_override', 'is_container_label_escape_enabled', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(@('type', 'docker_compose_raw'), @('environment_name', 'environment_uuid'))
        Base64   = @('docker_compose_raw')
        Limits   = @(
            'urls is an array of objects {name (compose service name, required), url}'
            'connect_to_docker_network is in the compose-path allow-list (ServicesController.php:589) but the first allow-list check (ServicesController.php:362, 400-413) runs on every request and refuses it with 422: it can never be sent on create; set it with update-service-by-uuid'
            'type and docker_compose_raw together: 422 (ServicesController.php:420-424); an unknown type: 404 with valid_service_types (ServicesController.php:587, 769-773)'
            'docker_compose_raw must be base64 of UTF-8 YAML; it is re-dumped and checked for command injection (ServicesController.php:678-708)'
            'URL problems or conflicts delete the just-created service and answer 422 or 409 (ServicesController.php:545-563, 729-747)'
            'name defaults to <type>-<uuid> (template) or service-<random> (compose)'
        )
        Response = '201 {uuid, domains}'
    }
    'list-applications' = @{
        Source   = 'ApplicationsController.php:254-265'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            tag = @{ Type = 'string'; Default = $null; Source = 'ApplicationsController.php:254 (exact tag name; no filter when absent)' }
        }
        Response = '200 array of applications; server settings only with read:sensitive'
    }
    'create-database-keydb' = @{
        Source   = 'DatabasesController.php:1546 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :2216 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :2215-2283, :2236-2255 (keydb_conf base64)'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'keydb_password', 'keydb_conf', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('keydb_conf')
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:2216)'
            'keydb_conf must be base64 of UTF-8 text; it is decoded before storing (DatabasesController.php:2236-2255)'
        )
        Response = '201 {uuid, internal_db_url} plus external_db_url when public (DatabasesController.php:2283); the document says 200'
    }
    'create-database-mysql' = @{
        Source   = 'DatabasesController.php:1690 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :2042 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :2041-2112, :2065-2084 (mysql_conf base64)'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'mysql_root_password', 'mysql_password', 'mysql_user', 'mysql_database', 'mysql_conf', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('mysql_conf')
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:2042)'
            'mysql_conf must be base64 of UTF-8 text; it is decoded before storing (DatabasesController.php:2065-2084)'
        )
        Response = '201 {uuid, internal_db_url} plus external_db_url when public (DatabasesController.php:2112); the document says 200'
    }
    'create-database-redis' = @{
        Source   = 'DatabasesController.php:1477 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :2114 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :2113-2181, :2134-2153 (redis_conf base64)'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'redis_password', 'redis_conf', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('redis_conf')
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:2114)'
            'redis_conf must be base64 of UTF-8 text; it is decoded before storing (DatabasesController.php:2134-2153)'
        )
        Response = '201 {uuid, internal_db_url} plus external_db_url when public (DatabasesController.php:2181); the document says 200'
    }
    'delete-service-by-uuid' = @{
        Source   = 'ServicesController.php:1023-1029'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            delete_configurations = @{ Type = 'bool'; Default = $true; Source = 'ServicesController.php:1027' }
            delete_volumes = @{ Type = 'bool'; Default = $true; Source = 'ServicesController.php:1025' }
            docker_cleanup = @{ Type = 'bool'; Default = $true; Source = 'ServicesController.php:1028' }
            delete_connected_networks = @{ Type = 'bool'; Default = $true; Source = 'ServicesController.php:1026' }
        }
        Limits   = @(
            'every flag defaults to true'
        )
        Response = '200 {message:''Service deletion request queued.''}'
    }
    'delete-project-by-uuid' = @{
        Source   = 'ProjectController.php:466-496 (delete_project)'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{}
        Limits   = @(
            'the handler reads no query flag and no body: nothing is deleted along with the project'
            'a project that still has resources is refused with 400 (ProjectController.php:481-483)'
        )
        Response = '200 {message:''Project deleted.''}'
    }
    'delete-environment' = @{
        Source   = 'ProjectController.php:882-926 (delete_environment), :901-904 (name, then uuid)'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{}
        Limits   = @(
            'the handler reads no query flag and no body: nothing is deleted along with the environment'
            'the path segment is looked up as a name first, then as a uuid (ProjectController.php:901-904)'
            'an environment that still has resources is refused with 400 (ProjectController.php:910-912)'
        )
        Response = '200 {message:''Environment deleted.''}'
    }
    'update-project-by-uuid' = @{
        Source   = 'ProjectController.php:356 (allow-list), :367-385 (rules; any other field: 422), :397'
        Strict   = $true
        Fields   = @('name', 'description')
        Required = @()
        Limits   = @(
            'only the fields present are changed; name min 3 when given'
        )
        Response = '201 {uuid, name, description}'
    }
    'update-service-by-uuid' = @{
        Source   = 'ServicesController.php:1177 (allow-list), :1179-1210 (rules; any other field: 422), :1211-1245 (base64), :1247-1284'
        Strict   = $true
        Fields   = @('name', 'description', 'instant_deploy', 'docker_compose_raw', 'connect_to_docker_network', 'urls', 'force_domain_override', 'is_container_label_escape_enabled')
        Required = @()
        Base64   = @('docker_compose_raw')
        Limits   = @(
            'docker_compose_raw must be base64 (null is refused as not base64)'
            'only the fields present are changed; the service is re-parsed on every update'
            'instant_deploy=true starts the service (ServicesController.php:1282-1284)'
        )
        Response = '200 {uuid, domains}'
    }
    'delete-database-by-uuid' = @{
        Source   = 'DatabasesController.php:2589-2595'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            delete_configurations = @{ Type = 'bool'; Default = $true; Source = 'DatabasesController.php:2593' }
            delete_volumes = @{ Type = 'bool'; Default = $true; Source = 'DatabasesController.php:2591' }
            docker_cleanup = @{ Type = 'bool'; Default = $true; Source = 'DatabasesController.php:2594' }
            delete_connected_networks = @{ Type = 'bool'; Default = $true; Source = 'DatabasesController.php:2592' }
        }
        Limits   = @(
            'every flag defaults to true: with no query the volumes, configurations and networks are deleted and docker cleanup runs'
        )
        Response = '200 {message:''Database deletion request queued.''}'
    }
    'update-database-by-uuid' = @{
        Source   = 'DatabasesController.php:440 (union), :451-472 (common rules), :474 (removeUnnecessaryFieldsFromRequest), :487-676 (per-engine allow-list and rules), :677-698 (health checks; any other field: 422), :699-714 (update, proxy)'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'postgres_user', 'postgres_password', 'postgres_db', 'postgres_initdb_args', 'postgres_host_auth_method', 'postgres_conf', 'clickhouse_admin_user', 'clickhouse_admin_password', 'dragonfly_password', 'redis_password', 'redis_conf', 'keydb_password', 'keydb_conf', 'mariadb_conf', 'mariadb_root_password', 'mariadb_user', 'mariadb_password', 'mariadb_database', 'mongo_conf', 'mongo_initdb_root_username', 'mongo_initdb_root_password', 'mongo_initdb_database', 'mysql_root_password', 'mysql_password', 'mysql_user', 'mysql_database', 'mysql_conf', 'health_check_enabled', 'health_check_interval', 'health_check_timeout', 'health_check_retries', 'health_check_start_period')
        Required = @()
        Base64   = @('postgres_conf', 'mysql_conf', 'mariadb_conf', 'mongo_conf', 'redis_conf', 'keydb_conf')
        Ignored  = @{
            instant_deploy = 'removed by removeUnnecessaryFieldsFromRequest (DatabasesController.php:474, bootstrap/helpers/api.php:375) before anything reads it; nothing is started'
        }
        Limits   = @(
            'engine-specific fields are accepted only for the matching engine; a field of another engine gives 422 (postgresql DatabasesController.php:488-518, clickhouse DatabasesController.php:519-525, dragonfly DatabasesController.php:526-531, redis DatabasesController.php:532-558, keydb DatabasesController.php:559-585, mariadb DatabasesController.php:586-615, mongodb DatabasesController.php:616-645, mysql DatabasesController.php:646-675)'
            'per engine: postgresql postgres_user/password/db/initdb_args/host_auth_method/conf; clickhouse clickhouse_admin_user/password; dragonfly dragonfly_password; redis redis_password/conf; keydb keydb_password/conf; mariadb mariadb_conf/root_password/user/password/database; mongodb mongo_conf/initdb_root_username/initdb_root_password/initdb_database; mysql mysql_root_password/password/user/database/conf'
            'fields listed in removeUnnecessaryFieldsFromRequest (project_uuid, server_uuid, type, domains, tags, ...) are silently dropped instead of refused (DatabasesController.php:474, bootstrap/helpers/api.php:366-413)'
            'the proxy is started only for JSON is_public=true with a public_port when the database is not public yet, and stopped for is_public=false (DatabasesController.php:699-714); no 1024-65535 range check on update'
            'health_check_interval/timeout/retries min 1, start_period min 0 (DatabasesController.php:678-684)'
        )
        Response = '200 {message:''Database updated.''} only (DatabasesController.php:724-726), not the database'
    }
    'create-database-mariadb' = @{
        Source   = 'DatabasesController.php:1618 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :1970 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :1969-2040, :1993-2012 (mariadb_conf base64)'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'mariadb_conf', 'mariadb_root_password', 'mariadb_user', 'mariadb_password', 'mariadb_database', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('mariadb_conf')
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:1970)'
            'mariadb_conf must be base64 of UTF-8 text; it is decoded before storing (DatabasesController.php:1993-2012)'
        )
        Response = '201 {uuid, internal_db_url} plus external_db_url when public (DatabasesController.php:2040); the document says 200'
    }
    'create-database-mongodb' = @{
        Source   = 'DatabasesController.php:1759 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :2334 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :2333-2403, :2356-2375 (mongo_conf base64)'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'mongo_conf', 'mongo_initdb_root_username', 'mongo_initdb_root_password', 'mongo_initdb_database', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('mongo_conf')
        Types    = @{ mongo_initdb_root_password = 'string'; mongo_initdb_database = 'string' }
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:2334)'
            'mongo_conf must be base64 of UTF-8 text; it is decoded before storing (DatabasesController.php:2356-2375)'
        )
        Response = '201 {uuid, internal_db_url} plus external_db_url when public (DatabasesController.php:2403); the document says 200'
    }
    'create-database-dragonfly' = @{
        Source   = 'DatabasesController.php:1408 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :2183 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :2182-2214'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'dragonfly_password', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:2183)'
        )
        Response = '201 {uuid} only (DatabasesController.php:2212-2214); no internal_db_url; the document says 200'
    }
    'create-public-application' = @{
        Source   = 'ApplicationsController.php:1194 (allow-list, same for all five create routes), :1212-1225 (any other field: 422), :1196-1210 (common rules), :1236-1238 (environment name or uuid), :1245-1259 (flags read before the branch), :1273-1294 (custom_nginx_configuration base64), :4429-4499 validateDataApplications (custom_labels base64 check, ports_mappings, domain conflicts 409); bootstrap/helpers/api.php:113-206 sharedDataApplications rules, bootstrap/helpers/api.php:366-413 removeUnnecessaryFieldsFromRequest; public branch ApplicationsController.php:1336-1559 (rules :1337-1347, fill :1385, settings :1471-1511)'
        Strict   = $true
        Fields   = @('project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'type', 'name', 'description', 'is_static', 'is_spa', 'is_auto_deploy_enabled', 'is_force_https_enabled', 'is_preview_deployments_enabled', 'domains', 'noindex_domains', 'git_repository', 'git_branch', 'git_commit_sha', 'private_key_uuid', 'docker_registry_image_name', 'docker_registry_image_tag', 'build_pack', 'install_command', 'build_command', 'start_command', 'ports_exposes', 'ports_mappings', 'custom_network_aliases', 'base_directory', 'publish_directory', 'health_check_enabled', 'health_check_type', 'health_check_command', 'health_check_path', 'health_check_port', 'health_check_host', 'health_check_method', 'health_check_return_code', 'health_check_scheme', 'health_check_response_text', 'health_check_interval', 'health_check_timeout', 'health_check_retries', 'health_check_start_period', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'custom_labels', 'custom_docker_run_options', 'post_deployment_command', 'post_deployment_command_container', 'pre_deployment_command', 'pre_deployment_command_container', 'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea', 'redirect', 'github_app_uuid', 'instant_deploy', 'dockerfile', 'dockerfile_location', 'docker_compose_location', 'docker_compose_raw', 'docker_compose_custom_start_command', 'docker_compose_custom_build_command', 'docker_compose_domains', 'watch_paths', 'use_build_server', 'use_build_secrets', 'static_image', 'custom_nginx_configuration', 'is_http_basic_auth_enabled', 'http_basic_auth_username', 'http_basic_auth_password', 'connect_to_docker_network', 'force_domain_override', 'autogenerate_domain', 'is_container_label_escape_enabled', 'tags', 'is_preserve_repository_enabled', 'preview_url_template', 'max_restart_count', 'is_git_submodules_enabled', 'is_git_lfs_enabled', 'is_git_shallow_clone_enabled', 'disable_build_cache', 'inject_build_args_to_dockerfile', 'include_source_commit_in_build', 'is_env_sorting_enabled', 'is_pr_deployments_public_enabled', 'stop_grace_period', 'docker_images_to_keep', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_raw_compose_deployment_enabled', 'is_log_drain_enabled', 'is_gpu_enabled', 'gpu_driver', 'gpu_count', 'gpu_device_ids', 'gpu_options', 'is_consistent_container_name_enabled', 'custom_internal_name')
        Required = @('project_uuid', 'server_uuid', 'git_repository', 'git_branch', 'build_pack')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('custom_labels', 'custom_nginx_configuration')
        Types    = @{ custom_network_aliases = 'string'; health_check_type = 'enum:cmd,http'; health_check_command = 'string'; health_check_port = 'integer'; health_check_method = 'enum:GET,HEAD,OPTIONS,POST'; health_check_scheme = 'enum:http,https'; custom_nginx_configuration = 'string' }
        Ignored  = @{
            dockerfile = 'stored as sent, without the base64 decoding the dockerfile route does (ApplicationsController.php:1385); the deployment then builds that text as an inline Dockerfile (app/Jobs/ApplicationDeploymentJob.php:511), so a git application never uses it'
            type = 'in the allow-list but never read; removeUnnecessaryFieldsFromRequest drops it (bootstrap/helpers/api.php:373)'
            docker_compose_raw = 'in the allow-list but dropped by removeUnnecessaryFieldsFromRequest before the model is filled (bootstrap/helpers/api.php:411); compose content is loaded from the repository'
            github_app_uuid = 'only used by the private-github-app route; dropped (bootstrap/helpers/api.php:376)'
            private_key_uuid = 'only used by the private-deploy-key route; dropped (bootstrap/helpers/api.php:377)'
        }
        Limits   = @(
            'environment: at least one of environment_name / environment_uuid must be non-blank, else 422 (ApplicationsController.php:1236-1238); the name is tried first, then the uuid (ApplicationsController.php:1300-1303)'
            'destination_uuid is only consulted when the server has more than one destination; then it is required (400) and must belong to the server (422) (ApplicationsController.php:1321-1335)'
            'is_raw_compose_deployment_enabled=true is refused with 422 unless the build pack is dockercompose (ApplicationsController.php:1261-1271)'
            'custom_labels must be base64; it is checked, then stored still encoded (ApplicationsController.php:4450-4468)'
            'custom_nginx_configuration must be base64 (or null); it is decoded before storing (ApplicationsController.php:1273-1294)'
            'autogenerate_domain defaults to true: with no domains a random domain is generated (ApplicationsController.php:1245, and the per-branch blank($fqdn) check)'
            'is_container_label_escape_enabled defaults to true and is_preserve_repository_enabled to false; both are always written on routes that apply them (ApplicationsController.php:1257-1258)'
            'tags: each name is lowercased, stripped of tags and must be at least 2 characters, else 422 (Concerns/HandlesTagsApi.php:146-164)'
            'instant_deploy has no validation rule; any truthy value queues a deployment'
            'git_repository must pass ValidGitRepositoryUrl; for github.com URLs it is reduced to owner/repo and the public GitHub source is attached (ApplicationsController.php:1338, 1459-1465)'
            'dockerfile is stored as sent, NOT base64-decoded on this route (ApplicationsController.php:1385): send plain text or do not send it'
            'build_pack=dockercompose: ports_exposes is forced to 80 (ApplicationsController.php:1349-1352) and domains is refused with 422; use docker_compose_domains (ApplicationsController.php:1366-1373)'
            'docker_compose_domains items may only have name (required), domain, redirect (www|non-www|both) (ApplicationsController.php:1342-1346); duplicate or conflicting URLs need force_domain_override=true (ApplicationsController.php:1415-1443)'
        )
        Response = '201 {uuid, domains} (not the full application). With instant_deploy, if the deployment is skipped the answer is 200 {message} without uuid, although the application was created (ApplicationsController.php:1536-1540, 1798-1802, 2025-2029, 2157-2161, 2288-2292). A domain conflict answers 409 {message, conflicts, warning} unless force_domain_override=true.'
    }
    'delete-application-by-uuid' = @{
        Source   = 'ApplicationsController.php:2563-2569'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            delete_configurations = @{ Type = 'bool'; Default = $true; Source = 'ApplicationsController.php:2567' }
            delete_volumes = @{ Type = 'bool'; Default = $true; Source = 'ApplicationsController.php:2565' }
            docker_cleanup = @{ Type = 'bool'; Default = $true; Source = 'ApplicationsController.php:2568' }
            delete_connected_networks = @{ Type = 'bool'; Default = $true; Source = 'ApplicationsController.php:2566' }
        }
        Limits   = @(
            'every flag defaults to true: with no query the volumes, configurations and connected networks are deleted and docker cleanup runs; send false explicitly to keep them (read with $request->boolean, so a body field of the same name works too)'
        )
        Response = '200 {message:''Application deletion request queued.''}'
    }
    'update-application-by-uuid' = @{
        Source   = 'ApplicationsController.php:2801 (allow-list), :2866-2879 (any other field: 422), :2803-2824 (rules, merged over bootstrap/helpers/api.php:113-206), :2826-2839 (ports_exposes), :2840-2861 (custom_nginx_configuration base64), :2862 validateDataApplications (:4429-4499), :2881-2890 (raw compose), :2892-2912 (basic auth), :2914-2957 (domains), :2959-3045 (docker_compose_domains), :3046-3130 (apply), :3139-3156 (deploy, response)'
        Strict   = $true
        Fields   = @('name', 'description', 'is_static', 'is_spa', 'is_auto_deploy_enabled', 'is_force_https_enabled', 'is_preview_deployments_enabled', 'domains', 'noindex_domains', 'git_repository', 'git_branch', 'git_commit_sha', 'docker_registry_image_name', 'docker_registry_image_tag', 'build_pack', 'static_image', 'install_command', 'build_command', 'start_command', 'ports_exposes', 'ports_mappings', 'custom_network_aliases', 'base_directory', 'publish_directory', 'health_check_enabled', 'health_check_type', 'health_check_command', 'health_check_path', 'health_check_port', 'health_check_host', 'health_check_method', 'health_check_return_code', 'health_check_scheme', 'health_check_response_text', 'health_check_interval', 'health_check_timeout', 'health_check_retries', 'health_check_start_period', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'custom_labels', 'custom_docker_run_options', 'post_deployment_command', 'post_deployment_command_container', 'pre_deployment_command', 'pre_deployment_command_container', 'watch_paths', 'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea', 'dockerfile_location', 'dockerfile_target_build', 'docker_compose_location', 'docker_compose_custom_start_command', 'docker_compose_custom_build_command', 'docker_compose_domains', 'redirect', 'instant_deploy', 'use_build_server', 'use_build_secrets', 'custom_nginx_configuration', 'is_http_basic_auth_enabled', 'http_basic_auth_username', 'http_basic_auth_password', 'connect_to_docker_network', 'force_domain_override', 'is_container_label_escape_enabled', 'is_preserve_repository_enabled', 'preview_url_template', 'max_restart_count', 'is_git_submodules_enabled', 'is_git_lfs_enabled', 'is_git_shallow_clone_enabled', 'disable_build_cache', 'inject_build_args_to_dockerfile', 'include_source_commit_in_build', 'is_env_sorting_enabled', 'is_pr_deployments_public_enabled', 'stop_grace_period', 'docker_images_to_keep', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_raw_compose_deployment_enabled', 'is_log_drain_enabled', 'is_gpu_enabled', 'gpu_driver', 'gpu_count', 'gpu_device_ids', 'gpu_options', 'is_consistent_container_name_enabled', 'custom_internal_name')
        Required = @()
        Base64   = @('custom_labels', 'custom_nginx_configuration')
        Types    = @{ static_image = 'string'; custom_network_aliases = 'string'; health_check_type = 'enum:cmd,http'; health_check_command = 'string'; health_check_port = 'integer'; health_check_method = 'enum:GET,HEAD,OPTIONS,POST'; health_check_scheme = 'enum:http,https'; dockerfile_target_build = 'string'; custom_nginx_configuration = 'string'; is_http_basic_auth_enabled = 'bool'; http_basic_auth_username = 'string'; http_basic_auth_password = 'string' }
        Limits   = @(
            'not accepted on update (422 "This field is not allowed."): project_uuid, server_uuid, environment_name, environment_uuid, destination_uuid, github_app_uuid, private_key_uuid, dockerfile, docker_compose_raw, autogenerate_domain, tags, type (ApplicationsController.php:2801, 2866)'
            'domains is only applied when the server proxy should run (isProxyShouldRun); otherwise it is silently ignored (ApplicationsController.php:2927, 3113-3115; dropped from the fill by bootstrap/helpers/api.php:374)'
            'domains is refused (422) for dockercompose applications; use docker_compose_domains (ApplicationsController.php:2916-2923)'
            'docker_compose_domains needs an existing docker_compose_raw (else 422, ApplicationsController.php:2961-2968); entries whose name is not a service of the compose file are silently dropped; a missing redirect keeps the stored one (ApplicationsController.php:3031-3043)'
            'is_http_basic_auth_enabled=true (JSON true) needs http_basic_auth_username and http_basic_auth_password unless both are already stored (ApplicationsController.php:2896-2912)'
            'is_raw_compose_deployment_enabled=true is refused unless the (new or current) build pack is dockercompose (ApplicationsController.php:2882-2890)'
            'static_image is only checked as a string on update (the enum rule is overridden, ApplicationsController.php:2806)'
            'custom_labels must be base64 (checked, stored encoded) (ApplicationsController.php:4450-4468); custom_nginx_configuration must be base64 or null (decoded) (ApplicationsController.php:2840-2861)'
            'validateDataApplications (base64 and domain-conflict 409) runs before the allow-list check (ApplicationsController.php:2862-2866), so a request with both an unknown field and a conflict answers 409 first'
            'include_source_commit_in_build, is_container_label_escape_enabled and is_preserve_repository_enabled are written only when present (ApplicationsController.php:3097-3108)'
        )
        Response = '200 {uuid} only (ApplicationsController.php:3154-3156), never a deployment uuid; with instant_deploy and a skipped deployment 200 {message} (ApplicationsController.php:3147-3151); 409 {message, conflicts, warning} on domain conflicts'
    }
    'create-database-clickhouse' = @{
        Source   = 'DatabasesController.php:1340 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :2285 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :2284-2332'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'clickhouse_admin_user', 'clickhouse_admin_password', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:2285)'
        )
        Response = '201 {uuid, internal_db_url} plus external_db_url when public (DatabasesController.php:2332); the document says 200'
    }
    'create-database-postgresql' = @{
        Source   = 'DatabasesController.php:1271 -> create_database :1764; :1766 and :1781-1794 (union allow-list checked first), :1898 (engine allow-list) and the 422 check after it, :1851-1879 (common rules), :1797-1799 (environment), :1802-1804 (is_public without port), :1887-1896 (port range), branch :1897-1968, :1922-1941 (postgres_conf base64)'
        Strict   = $true
        Fields   = @('name', 'description', 'image', 'public_port', 'public_port_timeout', 'is_public', 'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'instant_deploy', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'postgres_user', 'postgres_password', 'postgres_db', 'postgres_initdb_args', 'postgres_host_auth_method', 'postgres_conf', 'tags')
        Required = @('project_uuid', 'server_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('postgres_conf')
        Limits   = @(
            'the common rules (name, is_public, public_port, tags, instant_deploy...) are never enforced: the result is read with $validator->failed() before validation has run (DatabasesController.php:1874); missing project_uuid/server_uuid therefore give 404 "Project not found."/"Server not found." instead of 422 (DatabasesController.php:1805-1819)'
            'environment: one of environment_name / environment_uuid must be non-blank (422) (DatabasesController.php:1797-1799); an unknown one gives 422 (DatabasesController.php:1813-1815)'
            'is_public=true without public_port is silently turned into is_public=false (DatabasesController.php:1802-1804); public_port must be 1024-65535 (DatabasesController.php:1887-1896) and free on the server (400) (DatabasesController.php:1846-1850)'
            'destination_uuid is only consulted when the server has several destinations; then it is required (400) (DatabasesController.php:1830-1844)'
            'health_check_* fields are not accepted on create (422), only on update'
            'fields of other engines are refused with 422 (engine allow-list at DatabasesController.php:1898)'
            'postgres_conf must be base64 of UTF-8 text; it is decoded before storing (DatabasesController.php:1922-1941)'
        )
        Response = '201 {uuid, internal_db_url} plus external_db_url when public (DatabasesController.php:1968); the document says 200'
    }
    'create-env-by-service-uuid' = @{
        Source   = 'ServicesController.php:1745-1759 (rules), :1761-1776 (create)'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
        Types    = @{ comment = 'string' }
        Limits   = @(
            'no allow-list: any other field (is_preview, is_runtime, is_buildtime, ...) is accepted and silently ignored'
            'defaults when absent: is_literal/is_multiline/is_shown_once false, comment null'
            '409 if the key already exists'
        )
        Response = '201 with the full variable object (applications answer {uuid} only)'
    }
    'create-tag-by-service-uuid' = @{
        Source   = 'ServicesController.php:3086-3089; Concerns/HandlesTagsApi.php:40-99'
        Strict   = $true
        Fields   = @('tag_name', 'tag_names')
        Required = @()
        RequiredOneOf = @(, @('tag_name', 'tag_names'))
        Limits   = @(
            'tag_name and tag_names together: 422 (HandlesTagsApi.php:59-64)'
            'names are lowercased, HTML-stripped, de-duplicated; any name shorter than 2 characters after that: 422 (HandlesTagsApi.php:87-94)'
            'tags are created on demand and added (existing tags are kept)'
        )
        Response = '201 with the array of all tags now on the resource'
    }
    'get-service-logs-by-uuid' = @{
        Source   = 'ServicesController.php:918-959'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            sub_service_name = @{ Type = 'string'; Default = $null; Required = $true; Source = 'ServicesController.php:928-931 (400 when absent)' }
            lines = @{ Type = 'integer'; Default = 100; Source = 'ServicesController.php:952 (normalizeLogLines, bootstrap/helpers/docker.php:1480-1488: non-integer or <=0 gives 100, capped at 10000)' }
            show_timestamps = @{ Type = 'bool'; Default = $false; Source = 'ServicesController.php:953' }
        }
        Limits   = @(
            'the container is <sub_service_name>-<service uuid>; 404 if absent, 400 if not running (ServicesController.php:937-950)'
        )
        Response = '200 {logs}'
    }
    'move-service-by-uuid' = @{
        Source   = 'ServicesController.php:1957-1975; bootstrap/helpers/api.php:209-265 moveResourceToEnvironment'
        Strict   = $true
        Fields   = @('environment_uuid')
        Required = @('environment_uuid')
        Limits   = @(
            '400 if already in that environment (bootstrap/helpers/api.php:241-243); target environment must be owned by the team (404)'
        )
        Response = '200 {message, uuid, project_uuid, environment_uuid}'
    }
    'stop-service-by-uuid' = @{
        Source   = 'ServicesController.php:2187-2192'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            docker_cleanup = @{ Type = 'bool'; Default = $true; Source = 'ServicesController.php:2191' }
        }
        Limits   = @(
            '400 "Service is already stopped." (ServicesController.php:2187-2189)'
            'docker cleanup runs unless docker_cleanup=false'
        )
        Response = '200 {message}'
    }
    'update-env-by-service-uuid' = @{
        Source   = 'ServicesController.php:1469-1483 (rules), :1485-1504 (update)'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
        Types    = @{ comment = 'string' }
        Limits   = @(
            'absent value is written as null (ServicesController.php:1491)'
            'flags and comment change only when present (no reset, unlike applications)'
            'no allow-list: other fields are silently ignored'
            '404 if the key does not exist'
        )
        Response = '201 with the updated variable object'
    }
    'clone-service-by-uuid' = @{
        Source   = 'ServicesController.php:3172-3189 (rules, allow-list), :3198-3222'
        Strict   = $true
        Fields   = @('destination_uuid', 'name', 'clone_volumes')
        Required = @('destination_uuid')
        Limits   = @(
            'clone_volumes defaults to false (ServicesController.php:3209)'
            'name defaults to <name>-clone-<uuid> (ServicesController.php:3206-3208)'
        )
        Response = '201 {uuid, message}'
    }
    'create-env-by-database-uuid' = @{
        Source   = 'DatabasesController.php:3824-3838 (rules), :3840-3855 (create)'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
        Types    = @{ comment = 'string' }
        Limits   = @(
            'no allow-list: any other field (is_preview, is_runtime, is_buildtime, ...) is accepted and silently ignored'
            'defaults when absent: is_literal/is_multiline/is_shown_once false, comment null'
            '409 if the key already exists'
        )
        Response = '201 with the full variable object (applications answer {uuid} only)'
    }
    'create-tag-by-database-uuid' = @{
        Source   = 'DatabasesController.php:4659-4662; Concerns/HandlesTagsApi.php:40-99'
        Strict   = $true
        Fields   = @('tag_name', 'tag_names')
        Required = @()
        RequiredOneOf = @(, @('tag_name', 'tag_names'))
        Limits   = @(
            'tag_name and tag_names together: 422 (HandlesTagsApi.php:59-64)'
            'names are lowercased, HTML-stripped, de-duplicated; any name shorter than 2 characters after that: 422 (HandlesTagsApi.php:87-94)'
            'tags are created on demand and added (existing tags are kept)'
        )
        Response = '201 with the array of all tags now on the resource'
    }
    'get-database-logs-by-uuid' = @{
        Source   = 'DatabasesController.php:2478-2517'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            lines = @{ Type = 'integer'; Default = 100; Source = 'DatabasesController.php:2510 (normalizeLogLines, bootstrap/helpers/docker.php:1480-1488: non-integer or <=0 gives 100, capped at 10000)' }
            show_timestamps = @{ Type = 'bool'; Default = $false; Source = 'DatabasesController.php:2511' }
        }
        Limits   = @(
            '400 "Database is not running." (DatabasesController.php:2495-2508)'
        )
        Response = '200 {logs}'
    }
    'move-database-by-uuid' = @{
        Source   = 'DatabasesController.php:3037-3055; bootstrap/helpers/api.php:209-265 moveResourceToEnvironment (rules :212-214, allow-list :223-229)'
        Strict   = $true
        Fields   = @('environment_uuid')
        Required = @('environment_uuid')
        Limits   = @(
            '400 if already in that environment (bootstrap/helpers/api.php:241-243); target environment must be owned by the team (404)'
        )
        Response = '200 {message, uuid, project_uuid, environment_uuid}'
    }
    'stop-database-by-uuid' = @{
        Source   = 'DatabasesController.php:3268-3273'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            docker_cleanup = @{ Type = 'bool'; Default = $true; Source = 'DatabasesController.php:3272' }
        }
        Limits   = @(
            '400 "Database is already stopped." when the status contains stopped/exited (DatabasesController.php:3268-3270)'
            'docker cleanup runs unless docker_cleanup=false'
        )
        Response = '200 {message:''Database stopping request queued.''}'
    }
    'update-env-by-database-uuid' = @{
        Source   = 'DatabasesController.php:3550-3564 (rules), :3566-3585 (update)'
        Strict   = $false
        Fields   = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
        Types    = @{ comment = 'string' }
        Limits   = @(
            'absent value is written as null (DatabasesController.php:3572)'
            'flags and comment change only when present (no reset, unlike applications)'
            'no allow-list: other fields are silently ignored'
            '404 if the key does not exist'
        )
        Response = '201 with the updated variable object'
    }
    'clone-database-by-uuid' = @{
        Source   = 'DatabasesController.php:4745-4762 (rules, allow-list), :4771-4796 (destination, clone)'
        Strict   = $true
        Fields   = @('destination_uuid', 'name', 'clone_volumes')
        Required = @('destination_uuid')
        Limits   = @(
            'clone_volumes defaults to false (DatabasesController.php:4782)'
            'name defaults to <name>-clone-<uuid> (DatabasesController.php:4779-4781)'
            'backups, file storages, env vars and tags are copied'
        )
        Response = '201 {uuid, message:''Database cloned.''}'
    }
    'create-dockerfile-application' = @{
        Source   = 'ApplicationsController.php:1194 (allow-list, same for all five create routes), :1212-1225 (any other field: 422), :1196-1210 (common rules), :1236-1238 (environment name or uuid), :1245-1259 (flags read before the branch), :1273-1294 (custom_nginx_configuration base64), :4429-4499 validateDataApplications (custom_labels base64 check, ports_mappings, domain conflicts 409); bootstrap/helpers/api.php:113-206 sharedDataApplications rules, bootstrap/helpers/api.php:366-413 removeUnnecessaryFieldsFromRequest; dockerfile branch ApplicationsController.php:2049-2176 (rules :2050-2054, base64 :2070-2087, port :2090-2093, fill :2096-2106, settings :2115-2138)'
        Strict   = $true
        Fields   = @('project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'type', 'name', 'description', 'is_static', 'is_spa', 'is_auto_deploy_enabled', 'is_force_https_enabled', 'is_preview_deployments_enabled', 'domains', 'noindex_domains', 'git_repository', 'git_branch', 'git_commit_sha', 'private_key_uuid', 'docker_registry_image_name', 'docker_registry_image_tag', 'build_pack', 'install_command', 'build_command', 'start_command', 'ports_exposes', 'ports_mappings', 'custom_network_aliases', 'base_directory', 'publish_directory', 'health_check_enabled', 'health_check_type', 'health_check_command', 'health_check_path', 'health_check_port', 'health_check_host', 'health_check_method', 'health_check_return_code', 'health_check_scheme', 'health_check_response_text', 'health_check_interval', 'health_check_timeout', 'health_check_retries', 'health_check_start_period', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'custom_labels', 'custom_docker_run_options', 'post_deployment_command', 'post_deployment_command_container', 'pre_deployment_command', 'pre_deployment_command_container', 'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea', 'redirect', 'github_app_uuid', 'instant_deploy', 'dockerfile', 'dockerfile_location', 'docker_compose_location', 'docker_compose_raw', 'docker_compose_custom_start_command', 'docker_compose_custom_build_command', 'docker_compose_domains', 'watch_paths', 'use_build_server', 'use_build_secrets', 'static_image', 'custom_nginx_configuration', 'is_http_basic_auth_enabled', 'http_basic_auth_username', 'http_basic_auth_password', 'connect_to_docker_network', 'force_domain_override', 'autogenerate_domain', 'is_container_label_escape_enabled', 'tags', 'is_preserve_repository_enabled', 'preview_url_template', 'max_restart_count', 'is_git_submodules_enabled', 'is_git_lfs_enabled', 'is_git_shallow_clone_enabled', 'disable_build_cache', 'inject_build_args_to_dockerfile', 'include_source_commit_in_build', 'is_env_sorting_enabled', 'is_pr_deployments_public_enabled', 'stop_grace_period', 'docker_images_to_keep', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_raw_compose_deployment_enabled', 'is_log_drain_enabled', 'is_gpu_enabled', 'gpu_driver', 'gpu_count', 'gpu_device_ids', 'gpu_options', 'is_consistent_container_name_enabled', 'custom_internal_name')
        Required = @('project_uuid', 'server_uuid', 'dockerfile')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('dockerfile', 'custom_labels', 'custom_nginx_configuration')
        Types    = @{ git_commit_sha = 'string'; install_command = 'string'; build_command = 'string'; start_command = 'string'; custom_network_aliases = 'string'; publish_directory = 'string'; health_check_type = 'enum:cmd,http'; health_check_command = 'string'; health_check_port = 'integer'; health_check_method = 'enum:GET,HEAD,OPTIONS,POST'; health_check_scheme = 'enum:http,https'; docker_compose_location = 'string'; docker_compose_custom_start_command = 'string'; docker_compose_custom_build_command = 'string'; watch_paths = 'string'; static_image = 'enum:nginx:alpine'; custom_nginx_configuration = 'string' }
        Ignored  = @{
            type = 'in the allow-list but never read; removeUnnecessaryFieldsFromRequest drops it (bootstrap/helpers/api.php:373)'
            docker_compose_raw = 'in the allow-list but dropped by removeUnnecessaryFieldsFromRequest before the model is filled (bootstrap/helpers/api.php:411); compose content is loaded from the repository'
            is_static = 'dropped by removeUnnecessaryFieldsFromRequest (bootstrap/helpers/api.php:380) and not re-applied on this route (only force_https, preview, connect_to_docker_network, build server/secrets, label escape are)'
            is_spa = 'dropped (bootstrap/helpers/api.php:381), not applied on this route'
            is_auto_deploy_enabled = 'dropped (bootstrap/helpers/api.php:382), not applied on this route'
            is_preserve_repository_enabled = 'dropped (bootstrap/helpers/api.php:389), not applied on this route'
            github_app_uuid = 'dropped (bootstrap/helpers/api.php:376)'
            private_key_uuid = 'dropped (bootstrap/helpers/api.php:377)'
            git_repository = 'overwritten with coollabsio/coolify (ApplicationsController.php:2099, 2105-2106)'
            git_branch = 'overwritten with main (ApplicationsController.php:2099, 2105-2106)'
            build_pack = 'overwritten with the route type (ApplicationsController.php:2099, 2105-2106)'
            docker_compose_domains = 'not converted on this route; filled raw into the model (an array into a string column), useless and likely a save error'
            ports_exposes = 'overwritten: the port is read from the Dockerfile, but the still base64-encoded text is parsed, so no EXPOSE is found and ports_exposes is always 80 (ApplicationsController.php:2090-2093, 2098) (server bug)'
            dockerfile_location = 'not used: the Dockerfile content is stored inline'
        }
        Limits   = @(
            'environment: at least one of environment_name / environment_uuid must be non-blank, else 422 (ApplicationsController.php:1236-1238); the name is tried first, then the uuid (ApplicationsController.php:1300-1303)'
            'destination_uuid is only consulted when the server has more than one destination; then it is required (400) and must belong to the server (422) (ApplicationsController.php:1321-1335)'
            'is_raw_compose_deployment_enabled=true is refused with 422 unless the build pack is dockercompose (ApplicationsController.php:1261-1271)'
            'custom_labels must be base64; it is checked, then stored still encoded (ApplicationsController.php:4450-4468)'
            'custom_nginx_configuration must be base64 (or null); it is decoded before storing (ApplicationsController.php:1273-1294)'
            'autogenerate_domain defaults to true: with no domains a random domain is generated (ApplicationsController.php:1245, and the per-branch blank($fqdn) check)'
            'is_container_label_escape_enabled defaults to true and is_preserve_repository_enabled to false; both are always written on routes that apply them (ApplicationsController.php:1257-1258)'
            'tags: each name is lowercased, stripped of tags and must be at least 2 characters, else 422 (Concerns/HandlesTagsApi.php:146-164)'
            'instant_deploy has no validation rule; any truthy value queues a deployment'
            'dockerfile must be base64 of UTF-8 text, else 422 (ApplicationsController.php:2070-2086)'
            'ports_exposes is always 80 whatever is sent (server bug, ApplicationsController.php:2090-2098); set it afterwards with update-application-by-uuid'
            'name defaults to dockerfile-<id> (ApplicationsController.php:2062-2064)'
        )
        Response = '201 {uuid, domains} (not the full application). With instant_deploy, if the deployment is skipped the answer is 200 {message} without uuid, although the application was created (ApplicationsController.php:1536-1540, 1798-1802, 2025-2029, 2157-2161, 2288-2292). A domain conflict answers 409 {message, conflicts, warning} unless force_domain_override=true.'
    }
    'migrate-service-by-uuid' = @{
        OnError  = 'it serves this route only on development installs (APP_ENV=local, bootstrap/helpers/api.php:269-271) and answers 404 everywhere else. Migrate the service from the Coolify dashboard, or copy it with Copy-CoolifyService -DestinationUuid and remove the old one.'
        Source   = 'ServicesController.php:2005-2023; bootstrap/helpers/api.php:267-339 migrateResourceToDestination (dev check :269-271, default :304)'
        Strict   = $true
        Fields   = @('destination_uuid', 'migrate_volumes')
        Required = @('destination_uuid')
        Limits   = @(
            'DEV-ONLY: the handler aborts with 404 unless the instance runs with APP_ENV=local (isDev) (bootstrap/helpers/api.php:269-271); on production servers this route always returns 404'
            'migrate_volumes defaults to true (bootstrap/helpers/api.php:304)'
        )
        Defaults = @{
            migrate_volumes = @{ Default = $true; Source = 'bootstrap/helpers/api.php:304' }
        }
        Response = '200 {message, uuid, destination_uuid, async, volume_jobs}'
    }
    'restart-service-by-uuid' = @{
        Source   = 'ServicesController.php:2285-2286'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            latest = @{ Type = 'bool'; Default = $false; Source = 'ServicesController.php:2285 (pull latest images)' }
        }
        Response = '200 {message}'
    }
    'create-database-backup' = @{
        Source   = 'DatabasesController.php:808 (fields), :821-843 (rules), :857-861 (engine support), :864-888, :891-902 (any other field: 422), :904-955'
        Strict   = $true
        Fields   = @('save_s3', 'enabled', 'dump_all', 'frequency', 'databases_to_backup', 'database_backup_retention_amount_locally', 'database_backup_retention_days_locally', 'database_backup_retention_max_storage_locally', 'database_backup_retention_amount_s3', 'database_backup_retention_days_s3', 'database_backup_retention_max_storage_s3', 's3_storage_uuid', 'timeout', 'backup_now')
        Required = @('frequency')
        RequiredWhen  = @{ s3_storage_uuid = 'save_s3=true' }
        Limits   = @(
            '422 when the engine has no backup support (DatabasesController.php:857-861)'
            'frequency must be a cron expression (DatabasesController.php:864-870)'
            's3_storage_uuid must be an S3 storage of the team (DatabasesController.php:880-888)'
            'databases_to_backup defaults to the engine database (postgres_db/mysql_database/mariadb_database/clickhouse_db) (DatabasesController.php:921-931); enabled defaults to true (DatabasesController.php:951-953)'
            'backup_now=true runs a backup immediately (DatabasesController.php:958-960); timeout 60-36000'
        )
        Response = '201 {uuid, message}'
    }
    'create-dockerimage-application' = @{
        Source   = 'ApplicationsController.php:1194 (allow-list, same for all five create routes), :1212-1225 (any other field: 422), :1196-1210 (common rules), :1236-1238 (environment name or uuid), :1245-1259 (flags read before the branch), :1273-1294 (custom_nginx_configuration base64), :4429-4499 validateDataApplications (custom_labels base64 check, ports_mappings, domain conflicts 409); bootstrap/helpers/api.php:113-206 sharedDataApplications rules, bootstrap/helpers/api.php:366-413 removeUnnecessaryFieldsFromRequest; dockerimage branch ApplicationsController.php:2177-2307 (rules :2178-2184, image parsing :2199-2224, fill :2229-2237, settings :2246-2269)'
        Strict   = $true
        Fields   = @('project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'type', 'name', 'description', 'is_static', 'is_spa', 'is_auto_deploy_enabled', 'is_force_https_enabled', 'is_preview_deployments_enabled', 'domains', 'noindex_domains', 'git_repository', 'git_branch', 'git_commit_sha', 'private_key_uuid', 'docker_registry_image_name', 'docker_registry_image_tag', 'build_pack', 'install_command', 'build_command', 'start_command', 'ports_exposes', 'ports_mappings', 'custom_network_aliases', 'base_directory', 'publish_directory', 'health_check_enabled', 'health_check_type', 'health_check_command', 'health_check_path', 'health_check_port', 'health_check_host', 'health_check_method', 'health_check_return_code', 'health_check_scheme', 'health_check_response_text', 'health_check_interval', 'health_check_timeout', 'health_check_retries', 'health_check_start_period', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'custom_labels', 'custom_docker_run_options', 'post_deployment_command', 'post_deployment_command_container', 'pre_deployment_command', 'pre_deployment_command_container', 'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea', 'redirect', 'github_app_uuid', 'instant_deploy', 'dockerfile', 'dockerfile_location', 'docker_compose_location', 'docker_compose_raw', 'docker_compose_custom_start_command', 'docker_compose_custom_build_command', 'docker_compose_domains', 'watch_paths', 'use_build_server', 'use_build_secrets', 'static_image', 'custom_nginx_configuration', 'is_http_basic_auth_enabled', 'http_basic_auth_username', 'http_basic_auth_password', 'connect_to_docker_network', 'force_domain_override', 'autogenerate_domain', 'is_container_label_escape_enabled', 'tags', 'is_preserve_repository_enabled', 'preview_url_template', 'max_restart_count', 'is_git_submodules_enabled', 'is_git_lfs_enabled', 'is_git_shallow_clone_enabled', 'disable_build_cache', 'inject_build_args_to_dockerfile', 'include_source_commit_in_build', 'is_env_sorting_enabled', 'is_pr_deployments_public_enabled', 'stop_grace_period', 'docker_images_to_keep', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_raw_compose_deployment_enabled', 'is_log_drain_enabled', 'is_gpu_enabled', 'gpu_driver', 'gpu_count', 'gpu_device_ids', 'gpu_options', 'is_consistent_container_name_enabled', 'custom_internal_name')
        Required = @('project_uuid', 'server_uuid', 'docker_registry_image_name')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('custom_labels', 'custom_nginx_configuration')
        Types    = @{ git_commit_sha = 'string'; install_command = 'string'; build_command = 'string'; start_command = 'string'; custom_network_aliases = 'string'; base_directory = 'string'; publish_directory = 'string'; health_check_type = 'enum:cmd,http'; health_check_command = 'string'; health_check_port = 'integer'; health_check_method = 'enum:GET,HEAD,OPTIONS,POST'; health_check_scheme = 'enum:http,https'; dockerfile_location = 'string'; docker_compose_location = 'string'; docker_compose_custom_start_command = 'string'; docker_compose_custom_build_command = 'string'; watch_paths = 'string'; static_image = 'enum:nginx:alpine'; custom_nginx_configuration = 'string' }
        Ignored  = @{
            type = 'in the allow-list but never read; removeUnnecessaryFieldsFromRequest drops it (bootstrap/helpers/api.php:373)'
            docker_compose_raw = 'in the allow-list but dropped by removeUnnecessaryFieldsFromRequest before the model is filled (bootstrap/helpers/api.php:411); compose content is loaded from the repository'
            is_static = 'dropped by removeUnnecessaryFieldsFromRequest (bootstrap/helpers/api.php:380) and not re-applied on this route (only force_https, preview, connect_to_docker_network, build server/secrets, label escape are)'
            is_spa = 'dropped (bootstrap/helpers/api.php:381), not applied on this route'
            is_auto_deploy_enabled = 'dropped (bootstrap/helpers/api.php:382), not applied on this route'
            is_preserve_repository_enabled = 'dropped (bootstrap/helpers/api.php:389), not applied on this route'
            github_app_uuid = 'dropped (bootstrap/helpers/api.php:376)'
            private_key_uuid = 'dropped (bootstrap/helpers/api.php:377)'
            git_repository = 'overwritten with coollabsio/coolify (ApplicationsController.php:2231, 2236-2237)'
            git_branch = 'overwritten with main (ApplicationsController.php:2231, 2236-2237)'
            build_pack = 'overwritten with the route type (ApplicationsController.php:2231, 2236-2237)'
            docker_compose_domains = 'not converted on this route; filled raw into the model (an array into a string column), useless and likely a save error'
            dockerfile = 'stored as sent but unused by the dockerimage build pack'
        }
        Limits   = @(
            'environment: at least one of environment_name / environment_uuid must be non-blank, else 422 (ApplicationsController.php:1236-1238); the name is tried first, then the uuid (ApplicationsController.php:1300-1303)'
            'destination_uuid is only consulted when the server has more than one destination; then it is required (400) and must belong to the server (422) (ApplicationsController.php:1321-1335)'
            'is_raw_compose_deployment_enabled=true is refused with 422 unless the build pack is dockercompose (ApplicationsController.php:1261-1271)'
            'custom_labels must be base64; it is checked, then stored still encoded (ApplicationsController.php:4450-4468)'
            'custom_nginx_configuration must be base64 (or null); it is decoded before storing (ApplicationsController.php:1273-1294)'
            'autogenerate_domain defaults to true: with no domains a random domain is generated (ApplicationsController.php:1245, and the per-branch blank($fqdn) check)'
            'is_container_label_escape_enabled defaults to true and is_preserve_repository_enabled to false; both are always written on routes that apply them (ApplicationsController.php:1257-1258)'
            'tags: each name is lowercased, stripped of tags and must be at least 2 characters, else 422 (Concerns/HandlesTagsApi.php:146-164)'
            'instant_deploy has no validation rule; any truthy value queues a deployment'
            'docker_registry_image_name is required, max 255, DockerImageFormat; name and tag are normalised with DockerImageParser (a tag or @sha256 digest inside the name is split out) (ApplicationsController.php:2179, 2199-2224)'
            'name defaults to docker-image-<id> (ApplicationsController.php:2192-2194)'
        )
        Response = '201 {uuid, domains} (not the full application). With instant_deploy, if the deployment is skipped the answer is 200 {message} without uuid, although the application was created (ApplicationsController.php:1536-1540, 1798-1802, 2025-2029, 2157-2161, 2288-2292). A domain conflict answers 409 {message, conflicts, warning} unless force_domain_override=true.'
    }
    'create-env-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:3755 (allow-list), :3787-3800 (any other field: 422), :3775-3785 (rules), :3801-3870 (create, defaults)'
        Strict   = $true
        Fields   = @('key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime', 'comment')
        Required = @('key')
        Types    = @{ is_runtime = 'bool'; is_buildtime = 'bool'; comment = 'string' }
        Limits   = @(
            'defaults when absent: is_preview/is_literal/is_multiline/is_shown_once false, is_runtime/is_buildtime true, comment null (ApplicationsController.php:3814-3820, 3847-3853)'
            '409 if the key already exists (preview and non-preview lists are separate) (ApplicationsController.php:3805-3809, 3838-3842)'
            'key is normalised (ValidationPatterns::normalizeEnvironmentVariableKey), spaces become _; comment max 256'
            'no JSON-body check (validateIncomingRequest) on this route (ApplicationsController.php:3753-3773)'
        )
        Response = '201 {uuid} only (ApplicationsController.php:3833-3835, 3866-3868)'
    }
    'create-storage-by-service-uuid' = @{
        Source   = 'ServicesController.php:2476 (allow-list), :2464-2474 (rules), :2500-2526 (persistent branch), :2528-2633 (file branch)'
        Strict   = $true
        Fields   = @('type', 'resource_uuid', 'name', 'mount_path', 'host_path', 'content', 'is_directory', 'is_host_file', 'fs_path')
        Required = @('type', 'resource_uuid', 'mount_path')
        RequiredWhen  = @{ name = 'type=persistent'; fs_path = 'is_directory=true or is_host_file=true' }
        Types    = @{ is_host_file = 'bool' }
        Limits   = @(
            'type=persistent refuses content, is_directory, is_host_file, fs_path (422); the volume is named <resource-uuid>-<name>'
            'type=file refuses name and host_path (422); is_directory and is_host_file cannot both be true; a host-file mount refuses non-empty content'
            'plain file storage (neither is_directory nor is_host_file): fs_path is ignored, the path is derived from mount_path under the resource configuration directory'
            'resource_uuid (required) is the uuid of a service application or service database of this service; 404 otherwise (ServicesController.php:2492-2498); persistent volumes are named <sub-resource-uuid>-<name>'
        )
        Response = '201 with the created storage object (persistent: the LocalPersistentVolume; file: the LocalFileVolume, content only with read:sensitive)'
    }
    'create-tag-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:5277-5280; app/Http/Controllers/Api/Concerns/HandlesTagsApi.php:40-99 (both-given check :59-64, rules :66-70, allow-list :72-85, normalise :87-94)'
        Strict   = $true
        Fields   = @('tag_name', 'tag_names')
        Required = @()
        RequiredOneOf = @(, @('tag_name', 'tag_names'))
        Limits   = @(
            'tag_name and tag_names together: 422 (HandlesTagsApi.php:59-64)'
            'names are lowercased, HTML-stripped, de-duplicated; any name shorter than 2 characters after that: 422 (HandlesTagsApi.php:87-94)'
            'tags are created on demand and added (existing tags are kept)'
        )
        Response = '201 with the array of all tags now on the resource'
    }
    'get-application-logs-by-uuid' = @{
        Source   = 'ApplicationsController.php:2449-2488'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            lines = @{ Type = 'integer'; Default = 100; Source = 'ApplicationsController.php:2481 (normalizeLogLines, bootstrap/helpers/docker.php:1480-1488: non-integer or <=0 gives 100, capped at 10000)' }
            show_timestamps = @{ Type = 'bool'; Default = $false; Source = 'ApplicationsController.php:2482 (parseLogTimestampFlag, docker.php:1490-1493)' }
        }
        Limits   = @(
            '400 "Application is not running." when no container or not running (ApplicationsController.php:2466-2479); only the first container is read'
        )
        Response = '200 {logs}'
    }
    'migrate-database-by-uuid' = @{
        OnError  = 'it serves this route only on development installs (APP_ENV=local, bootstrap/helpers/api.php:269-271) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source   = 'DatabasesController.php:3085-3103; bootstrap/helpers/api.php:267-339 migrateResourceToDestination (dev check :269-271, rules :273-276, allow-list :285-292, default :304)'
        Strict   = $true
        Fields   = @('destination_uuid', 'migrate_volumes')
        Required = @('destination_uuid')
        Limits   = @(
            'DEV-ONLY: the handler aborts with 404 unless the instance runs with APP_ENV=local (isDev) (bootstrap/helpers/api.php:269-271); on production servers this route always returns 404'
            'migrate_volumes defaults to true (bootstrap/helpers/api.php:304)'
        )
        Defaults = @{
            migrate_volumes = @{ Default = $true; Source = 'bootstrap/helpers/api.php:304' }
        }
        Response = '200 {message, uuid, destination_uuid, async, volume_jobs}'
    }
    'move-application-by-uuid' = @{
        Source   = 'ApplicationsController.php:4361-4379; bootstrap/helpers/api.php:209-265 moveResourceToEnvironment (rules :212-214, allow-list :223-229)'
        Strict   = $true
        Fields   = @('environment_uuid')
        Required = @('environment_uuid')
        Limits   = @(
            '400 if already in that environment (bootstrap/helpers/api.php:241-243); target environment must be owned by the team (404)'
        )
        Response = '200 {message, uuid, project_uuid, environment_uuid}'
    }
    'stop-application-by-uuid' = @{
        Source   = 'ApplicationsController.php:4173-4174'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            docker_cleanup = @{ Type = 'bool'; Default = $true; Source = 'ApplicationsController.php:4173' }
        }
        Limits   = @(
            'docker_cleanup defaults to true: docker cleanup runs on the server unless docker_cleanup=false is sent'
        )
        Response = '200 {message:''Application stopping request queued.''}'
    }
    'update-env-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:3314 (allow-list), :3351-3364 (any other field: 422), :3339-3349 (rules), :3365-3449 (update)'
        Strict   = $true
        Fields   = @('key', 'value', 'is_preview', 'is_literal', 'is_multiline', 'is_shown_once', 'is_runtime', 'is_buildtime', 'comment')
        Required = @('key')
        Types    = @{ is_runtime = 'bool'; is_buildtime = 'bool'; comment = 'string' }
        Limits   = @(
            'absent value is written as null (ApplicationsController.php:3371, 3412)'
            'absent is_literal is reset to false (ApplicationsController.php:3366, 3372-3374, 3413-3415)'
            'absent is_multiline is assigned null (ApplicationsController.php:3378-3380, 3419-3421) and absent is_shown_once is assigned null (ApplicationsController.php:3381-3383, 3422-3424): resend the current values'
            'is_preview selects which list is searched (absent = the non-preview list) and is written back (ApplicationsController.php:3365, 3368, 3416-3418)'
            'is_runtime, is_buildtime and comment are changed only when present (ApplicationsController.php:3384-3392, 3425-3433)'
            '404 if the key does not exist; update never creates (ApplicationsController.php:3404-3408, 3445-3449)'
        )
        Response = '201 with the updated variable object (ApplicationsController.php:3403, 3444)'
    }
    'update-storage-by-service-uuid' = @{
        Source   = 'ServicesController.php:2738 (allow-list), :2727-2736 (rules), :2754-2860'
        Strict   = $true
        Fields   = @('uuid', 'id', 'type', 'is_preview_suffix_enabled', 'name', 'mount_path', 'host_path', 'content')
        Required = @('type')
        RequiredOneOf = @(, @('uuid', 'id'))
        Limits   = @(
            'the storage is looked up by uuid, else id, within the persistent or file list chosen by type (404 if not found)'
            'read-only storages (from compose/service definitions) accept only is_preview_suffix_enabled; name/mount_path/host_path/content then give 422'
            'persistent refuses content; file refuses name and host_path (422); only the fields present are changed'
            'name is stored exactly as sent (create prefixes the resource uuid, update does not)'
            'the storage is searched across all service applications and databases'
        )
        Response = '200 with the updated storage object'
    }
    'clone-application-by-uuid' = @{
        Source   = 'ApplicationsController.php:5372-5389 (rules, allow-list), :5398-5415 (destination, clone)'
        Strict   = $true
        Fields   = @('destination_uuid', 'name', 'clone_volumes')
        Required = @('destination_uuid')
        Limits   = @(
            'clone_volumes defaults to false (ApplicationsController.php:5414)'
            'destination may be a standalone or swarm destination of the team whose server can host resources, else 404 (ApplicationsController.php:5398-5403)'
            'name is used only when non-blank'
        )
        Response = '201 {uuid, message:''Application cloned.''}'
    }
    'create-storage-by-database-uuid' = @{
        Source   = 'DatabasesController.php:4114 (allow-list), :4103-4112 (rules), :4130-4156 (persistent branch), :4158-4263 (file branch)'
        Strict   = $true
        Fields   = @('type', 'name', 'mount_path', 'host_path', 'content', 'is_directory', 'is_host_file', 'fs_path')
        Required = @('type', 'mount_path')
        RequiredWhen  = @{ name = 'type=persistent'; fs_path = 'is_directory=true or is_host_file=true' }
        Types    = @{ is_host_file = 'bool' }
        Limits   = @(
            'type=persistent refuses content, is_directory, is_host_file, fs_path (422); the volume is named <resource-uuid>-<name>'
            'type=file refuses name and host_path (422); is_directory and is_host_file cannot both be true; a host-file mount refuses non-empty content'
            'plain file storage (neither is_directory nor is_host_file): fs_path is ignored, the path is derived from mount_path under the resource configuration directory'
        )
        Response = '201 with the created storage object (persistent: the LocalPersistentVolume; file: the LocalFileVolume, content only with read:sensitive)'
    }
    'start-application-by-uuid' = @{
        Source   = 'ApplicationsController.php:4048-4094'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            force = @{ Type = 'bool'; Default = $false; Source = 'ApplicationsController.php:4048 (force rebuild)' }
            instant_deploy = @{ Type = 'bool'; Default = $false; Source = 'ApplicationsController.php:4049 (no_questions_asked: skip the queue)' }
        }
        Response = '200 {message, deployment_uuid}; 200 {message} without deployment_uuid when skipped (ApplicationsController.php:4070-4077); a queue_full result is not handled and still answers "queued" with a deployment_uuid that does not exist'
    }
    'update-envs-by-service-uuid' = @{
        Source   = 'ServicesController.php:1611-1614 (data required), :1622-1636 (item rules), :1638-1641 (updateOrCreate with the raw item)'
        Strict   = $false
        Fields   = @('data')
        Required = @('data')
        Limits   = @(
            'data is an array of objects with key (required), value, is_literal, is_multiline, is_shown_once, comment'
            'missing data: 400 "Bulk data is required."; each item needs key (422)'
            'items are NOT filtered: the whole item is passed to updateOrCreate (ServicesController.php:1638-1641), so any mass-assignable EnvironmentVariable attribute in an item (is_preview, is_runtime, is_buildtime, is_shared, is_required, order, resourceable_type/id ...) is written without validation; send only the six fields'
            'existing variables: only the attributes present in the item change (absent value is kept); new ones get model defaults'
            'no transaction: items before a failing item stay saved'
        )
        Response = '201 with an array of the variables'
    }
    'update-storage-by-database-uuid' = @{
        Source   = 'DatabasesController.php:4365 (allow-list), :4354-4363 (rules), :4381-4459'
        Strict   = $true
        Fields   = @('uuid', 'id', 'type', 'is_preview_suffix_enabled', 'name', 'mount_path', 'host_path', 'content')
        Required = @('type')
        RequiredOneOf = @(, @('uuid', 'id'))
        Limits   = @(
            'the storage is looked up by uuid, else id, within the persistent or file list chosen by type (404 if not found)'
            'read-only storages (from compose/service definitions) accept only is_preview_suffix_enabled; name/mount_path/host_path/content then give 422'
            'persistent refuses content; file refuses name and host_path (422); only the fields present are changed'
            'name is stored exactly as sent (create prefixes the resource uuid, update does not)'
        )
        Response = '200 with the updated storage object'
    }
    'update-envs-by-database-uuid' = @{
        Source   = 'DatabasesController.php:3691-3694 (data required), :3702-3716 (item rules), :3718-3721 (updateOrCreate with the raw item)'
        Strict   = $false
        Fields   = @('data')
        Required = @('data')
        Limits   = @(
            'data is an array of objects with key (required), value, is_literal, is_multiline, is_shown_once, comment'
            'missing data: 400 "Bulk data is required."; each item needs key (422)'
            'items are NOT filtered: the whole item is passed to updateOrCreate (DatabasesController.php:3718-3721), so any mass-assignable EnvironmentVariable attribute in an item (is_preview, is_runtime, is_buildtime, is_shared, is_required, order, resourceable_type/id ...) is written without validation; send only the six fields'
            'existing variables: only the attributes present in the item change (absent value is kept); new ones get model defaults'
            'no transaction: items before a failing item stay saved'
        )
        Response = '201 with an array of the variables'
    }
    'migrate-application-by-uuid' = @{
        OnError  = 'it serves this route only on development installs (APP_ENV=local, bootstrap/helpers/api.php:269-271) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source   = 'ApplicationsController.php:4409-4427; bootstrap/helpers/api.php:267-339 migrateResourceToDestination (dev check :269-271, rules :273-276, allow-list :285-292, default :304)'
        Strict   = $true
        Fields   = @('destination_uuid', 'migrate_volumes')
        Required = @('destination_uuid')
        Limits   = @(
            'DEV-ONLY: the handler aborts with 404 unless the instance runs with APP_ENV=local (isDev) (bootstrap/helpers/api.php:269-271); on production servers this route always returns 404'
            'migrate_volumes defaults to true (bootstrap/helpers/api.php:304)'
        )
        Defaults = @{
            migrate_volumes = @{ Default = $true; Source = 'bootstrap/helpers/api.php:304' }
        }
        Response = '200 {message, uuid, destination_uuid, async, volume_jobs}'
    }
    'create-environment' = @{
        Source   = 'ProjectController.php:626 (allow-list), :637-654 (rules; any other field: 422), :666-673'
        Strict   = $true
        Fields   = @('name')
        Required = @('name')
        Limits   = @(
            'description is not accepted on create (422); set it with update-environment'
            '409 if the name exists in the project'
        )
        Response = '201 {uuid}'
    }
    'create-storage-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:4864 (allow-list), :4853-4862 (rules), :4880-4906 (persistent branch), :4908-5013 (file branch)'
        Strict   = $true
        Fields   = @('type', 'name', 'mount_path', 'host_path', 'content', 'is_directory', 'is_host_file', 'fs_path')
        Required = @('type', 'mount_path')
        RequiredWhen  = @{ name = 'type=persistent'; fs_path = 'is_directory=true or is_host_file=true' }
        Types    = @{ is_host_file = 'bool' }
        Limits   = @(
            'type=persistent refuses content, is_directory, is_host_file, fs_path (422); the volume is named <resource-uuid>-<name>'
            'type=file refuses name and host_path (422); is_directory and is_host_file cannot both be true; a host-file mount refuses non-empty content'
            'plain file storage (neither is_directory nor is_host_file): fs_path is ignored, the path is derived from mount_path under the resource configuration directory'
        )
        Response = '201 with the created storage object (persistent: the LocalPersistentVolume; file: the LocalFileVolume, content only with read:sensitive)'
    }
    'rollback-application-by-uuid' = @{
        Source   = 'ApplicationsController.php:5587-5602 (rules, allow-list), :5611-5618 (validateGitRef), :5620-5649'
        Strict   = $true
        Fields   = @('commit')
        Required = @('commit')
        Limits   = @(
            'commit must pass validateGitRef (422 otherwise)'
        )
        Response = '200 {message, deployment_uuid}; 400 {message} when the deployment queue is full; 200 {message} when skipped (ApplicationsController.php:5630-5636)'
    }
    'update-storage-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:4674 (allow-list), :4663-4672 (rules), :4690-4768'
        Strict   = $true
        Fields   = @('uuid', 'id', 'type', 'is_preview_suffix_enabled', 'name', 'mount_path', 'host_path', 'content')
        Required = @('type')
        RequiredOneOf = @(, @('uuid', 'id'))
        Limits   = @(
            'the storage is looked up by uuid, else id, within the persistent or file list chosen by type (404 if not found)'
            'read-only storages (from compose/service definitions) accept only is_preview_suffix_enabled; name/mount_path/host_path/content then give 422'
            'persistent refuses content; file refuses name and host_path (422); only the fields present are changed'
            'name is stored exactly as sent (create prefixes the resource uuid, update does not)'
        )
        Response = '200 with the updated storage object'
    }
    'update-envs-by-application-uuid' = @{
        Source   = 'ApplicationsController.php:3556-3561 (data required), :3562-3570 (item fields filtered), :3573-3589 (item rules), :3590-3672 (upsert)'
        Strict   = $false
        Fields   = @('data')
        Required = @('data')
        Limits   = @(
            'data is an array of objects with key (required), value, is_preview, is_literal, is_multiline, is_shown_once, is_runtime, is_buildtime, comment'
            'only data is read; other top-level fields are ignored; inside each item, keys other than the nine env fields are silently dropped (ApplicationsController.php:3563)'
            'missing or empty data: 400 "Bulk data is required." (ApplicationsController.php:3557-3561); each item needs key (422) (ApplicationsController.php:3573-3589)'
            'existing variable: absent value -> null, absent is_literal -> false, absent is_multiline -> null, absent is_shown_once -> null (ApplicationsController.php:3591-3593, 3598-3608, 3637-3646); is_runtime/is_buildtime/comment only when present'
            'new variable: defaults is_literal/is_multiline/is_shown_once false, is_runtime/is_buildtime true (ApplicationsController.php:3620-3632, 3658-3670)'
            'items are processed one by one without a transaction: a validation error on a later item returns 422 after the earlier items were already saved'
        )
        Response = '201 with an array of the variables (ApplicationsController.php:3682)'
    }
    'create-private-deploy-key-application' = @{
        Source   = 'ApplicationsController.php:1194 (allow-list, same for all five create routes), :1212-1225 (any other field: 422), :1196-1210 (common rules), :1236-1238 (environment name or uuid), :1245-1259 (flags read before the branch), :1273-1294 (custom_nginx_configuration base64), :4429-4499 validateDataApplications (custom_labels base64 check, ports_mappings, domain conflicts 409); bootstrap/helpers/api.php:113-206 sharedDataApplications rules, bootstrap/helpers/api.php:366-413 removeUnnecessaryFieldsFromRequest; private-deploy-key branch ApplicationsController.php:1822-2048 (rules :1824-1836, key lookup :1871-1874, fill :1879)'
        Strict   = $true
        Fields   = @('project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'type', 'name', 'description', 'is_static', 'is_spa', 'is_auto_deploy_enabled', 'is_force_https_enabled', 'is_preview_deployments_enabled', 'domains', 'noindex_domains', 'git_repository', 'git_branch', 'git_commit_sha', 'private_key_uuid', 'docker_registry_image_name', 'docker_registry_image_tag', 'build_pack', 'install_command', 'build_command', 'start_command', 'ports_exposes', 'ports_mappings', 'custom_network_aliases', 'base_directory', 'publish_directory', 'health_check_enabled', 'health_check_type', 'health_check_command', 'health_check_path', 'health_check_port', 'health_check_host', 'health_check_method', 'health_check_return_code', 'health_check_scheme', 'health_check_response_text', 'health_check_interval', 'health_check_timeout', 'health_check_retries', 'health_check_start_period', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'custom_labels', 'custom_docker_run_options', 'post_deployment_command', 'post_deployment_command_container', 'pre_deployment_command', 'pre_deployment_command_container', 'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea', 'redirect', 'github_app_uuid', 'instant_deploy', 'dockerfile', 'dockerfile_location', 'docker_compose_location', 'docker_compose_raw', 'docker_compose_custom_start_command', 'docker_compose_custom_build_command', 'docker_compose_domains', 'watch_paths', 'use_build_server', 'use_build_secrets', 'static_image', 'custom_nginx_configuration', 'is_http_basic_auth_enabled', 'http_basic_auth_username', 'http_basic_auth_password', 'connect_to_docker_network', 'force_domain_override', 'autogenerate_domain', 'is_container_label_escape_enabled', 'tags', 'is_preserve_repository_enabled', 'preview_url_template', 'max_restart_count', 'is_git_submodules_enabled', 'is_git_lfs_enabled', 'is_git_shallow_clone_enabled', 'disable_build_cache', 'inject_build_args_to_dockerfile', 'include_source_commit_in_build', 'is_env_sorting_enabled', 'is_pr_deployments_public_enabled', 'stop_grace_period', 'docker_images_to_keep', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_raw_compose_deployment_enabled', 'is_log_drain_enabled', 'is_gpu_enabled', 'gpu_driver', 'gpu_count', 'gpu_device_ids', 'gpu_options', 'is_consistent_container_name_enabled', 'custom_internal_name')
        Required = @('project_uuid', 'server_uuid', 'git_repository', 'git_branch', 'build_pack', 'private_key_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('custom_labels', 'custom_nginx_configuration')
        Types    = @{ custom_network_aliases = 'string'; health_check_type = 'enum:cmd,http'; health_check_command = 'string'; health_check_port = 'integer'; health_check_method = 'enum:GET,HEAD,OPTIONS,POST'; health_check_scheme = 'enum:http,https'; custom_nginx_configuration = 'string' }
        Ignored  = @{
            dockerfile = 'stored as sent, without the base64 decoding the dockerfile route does (ApplicationsController.php:1879); the deployment then builds that text as an inline Dockerfile (app/Jobs/ApplicationDeploymentJob.php:511), so a git application never uses it'
            type = 'in the allow-list but never read; removeUnnecessaryFieldsFromRequest drops it (bootstrap/helpers/api.php:373)'
            docker_compose_raw = 'in the allow-list but dropped by removeUnnecessaryFieldsFromRequest before the model is filled (bootstrap/helpers/api.php:411); compose content is loaded from the repository'
            github_app_uuid = 'only used by the private-github-app route; dropped (bootstrap/helpers/api.php:376)'
        }
        Limits   = @(
            'environment: at least one of environment_name / environment_uuid must be non-blank, else 422 (ApplicationsController.php:1236-1238); the name is tried first, then the uuid (ApplicationsController.php:1300-1303)'
            'destination_uuid is only consulted when the server has more than one destination; then it is required (400) and must belong to the server (422) (ApplicationsController.php:1321-1335)'
            'is_raw_compose_deployment_enabled=true is refused with 422 unless the build pack is dockercompose (ApplicationsController.php:1261-1271)'
            'custom_labels must be base64; it is checked, then stored still encoded (ApplicationsController.php:4450-4468)'
            'custom_nginx_configuration must be base64 (or null); it is decoded before storing (ApplicationsController.php:1273-1294)'
            'autogenerate_domain defaults to true: with no domains a random domain is generated (ApplicationsController.php:1245, and the per-branch blank($fqdn) check)'
            'is_container_label_escape_enabled defaults to true and is_preserve_repository_enabled to false; both are always written on routes that apply them (ApplicationsController.php:1257-1258)'
            'tags: each name is lowercased, stripped of tags and must be at least 2 characters, else 422 (Concerns/HandlesTagsApi.php:146-164)'
            'instant_deploy has no validation rule; any truthy value queues a deployment'
            'private_key_uuid must be a key of the team, else 404 (ApplicationsController.php:1871-1874)'
            'git_repository must pass ValidGitRepositoryUrl (ApplicationsController.php:1825)'
            'dockerfile is stored as sent, NOT base64-decoded on this route (ApplicationsController.php:1879)'
            'build_pack=dockercompose: ports_exposes forced to 80 (ApplicationsController.php:1863-1865); domains refused with 422 (ApplicationsController.php:1852-1859)'
        )
        Response = '201 {uuid, domains} (not the full application). With instant_deploy, if the deployment is skipped the answer is 200 {message} without uuid, although the application was created (ApplicationsController.php:1536-1540, 1798-1802, 2025-2029, 2157-2161, 2288-2292). A domain conflict answers 409 {message, conflicts, warning} unless force_domain_override=true.'
    }
    'create-private-github-app-application' = @{
        Source   = 'ApplicationsController.php:1194 (allow-list, same for all five create routes), :1212-1225 (any other field: 422), :1196-1210 (common rules), :1236-1238 (environment name or uuid), :1245-1259 (flags read before the branch), :1273-1294 (custom_nginx_configuration base64), :4429-4499 validateDataApplications (custom_labels base64 check, ports_mappings, domain conflicts 409); bootstrap/helpers/api.php:113-206 sharedDataApplications rules, bootstrap/helpers/api.php:366-413 removeUnnecessaryFieldsFromRequest; private-gh-app branch ApplicationsController.php:1560-1821 (rules :1561-1573, GitHub App lookup :1607-1619, repository check :1621-1643, fill :1648)'
        Strict   = $true
        Fields   = @('project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'type', 'name', 'description', 'is_static', 'is_spa', 'is_auto_deploy_enabled', 'is_force_https_enabled', 'is_preview_deployments_enabled', 'domains', 'noindex_domains', 'git_repository', 'git_branch', 'git_commit_sha', 'private_key_uuid', 'docker_registry_image_name', 'docker_registry_image_tag', 'build_pack', 'install_command', 'build_command', 'start_command', 'ports_exposes', 'ports_mappings', 'custom_network_aliases', 'base_directory', 'publish_directory', 'health_check_enabled', 'health_check_type', 'health_check_command', 'health_check_path', 'health_check_port', 'health_check_host', 'health_check_method', 'health_check_return_code', 'health_check_scheme', 'health_check_response_text', 'health_check_interval', 'health_check_timeout', 'health_check_retries', 'health_check_start_period', 'limits_memory', 'limits_memory_swap', 'limits_memory_swappiness', 'limits_memory_reservation', 'limits_cpus', 'limits_cpuset', 'limits_cpu_shares', 'custom_labels', 'custom_docker_run_options', 'post_deployment_command', 'post_deployment_command_container', 'pre_deployment_command', 'pre_deployment_command_container', 'manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea', 'redirect', 'github_app_uuid', 'instant_deploy', 'dockerfile', 'dockerfile_location', 'docker_compose_location', 'docker_compose_raw', 'docker_compose_custom_start_command', 'docker_compose_custom_build_command', 'docker_compose_domains', 'watch_paths', 'use_build_server', 'use_build_secrets', 'static_image', 'custom_nginx_configuration', 'is_http_basic_auth_enabled', 'http_basic_auth_username', 'http_basic_auth_password', 'connect_to_docker_network', 'force_domain_override', 'autogenerate_domain', 'is_container_label_escape_enabled', 'tags', 'is_preserve_repository_enabled', 'preview_url_template', 'max_restart_count', 'is_git_submodules_enabled', 'is_git_lfs_enabled', 'is_git_shallow_clone_enabled', 'disable_build_cache', 'inject_build_args_to_dockerfile', 'include_source_commit_in_build', 'is_env_sorting_enabled', 'is_pr_deployments_public_enabled', 'stop_grace_period', 'docker_images_to_keep', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_raw_compose_deployment_enabled', 'is_log_drain_enabled', 'is_gpu_enabled', 'gpu_driver', 'gpu_count', 'gpu_device_ids', 'gpu_options', 'is_consistent_container_name_enabled', 'custom_internal_name')
        Required = @('project_uuid', 'server_uuid', 'git_repository', 'git_branch', 'build_pack', 'github_app_uuid')
        RequiredOneOf = @(, @('environment_name', 'environment_uuid'))
        Base64   = @('custom_labels', 'custom_nginx_configuration')
        Types    = @{ custom_network_aliases = 'string'; health_check_type = 'enum:cmd,http'; health_check_command = 'string'; health_check_port = 'integer'; health_check_method = 'enum:GET,HEAD,OPTIONS,POST'; health_check_scheme = 'enum:http,https'; custom_nginx_configuration = 'string' }
        Ignored  = @{
            dockerfile = 'stored as sent, without the base64 decoding the dockerfile route does (ApplicationsController.php:1648); the deployment then builds that text as an inline Dockerfile (app/Jobs/ApplicationDeploymentJob.php:511), so a git application never uses it'
            type = 'in the allow-list but never read; removeUnnecessaryFieldsFromRequest drops it (bootstrap/helpers/api.php:373)'
            docker_compose_raw = 'in the allow-list but dropped by removeUnnecessaryFieldsFromRequest before the model is filled (bootstrap/helpers/api.php:411); compose content is loaded from the repository'
            private_key_uuid = 'only used by the private-deploy-key route; dropped (bootstrap/helpers/api.php:377)'
        }
        Limits   = @(
            'environment: at least one of environment_name / environment_uuid must be non-blank, else 422 (ApplicationsController.php:1236-1238); the name is tried first, then the uuid (ApplicationsController.php:1300-1303)'
            'destination_uuid is only consulted when the server has more than one destination; then it is required (400) and must belong to the server (422) (ApplicationsController.php:1321-1335)'
            'is_raw_compose_deployment_enabled=true is refused with 422 unless the build pack is dockercompose (ApplicationsController.php:1261-1271)'
            'custom_labels must be base64; it is checked, then stored still encoded (ApplicationsController.php:4450-4468)'
            'custom_nginx_configuration must be base64 (or null); it is decoded before storing (ApplicationsController.php:1273-1294)'
            'autogenerate_domain defaults to true: with no domains a random domain is generated (ApplicationsController.php:1245, and the per-branch blank($fqdn) check)'
            'is_container_label_escape_enabled defaults to true and is_preserve_repository_enabled to false; both are always written on routes that apply them (ApplicationsController.php:1257-1258)'
            'tags: each name is lowercased, stripped of tags and must be at least 2 characters, else 422 (Concerns/HandlesTagsApi.php:146-164)'
            'instant_deploy has no validation rule; any truthy value queues a deployment'
            'github_app_uuid must belong to the team or be system-wide (ApplicationsController.php:1607-1615); the repository (owner/repo, URL prefixes and .git are stripped) must be reachable by the App, else 404/400 (ApplicationsController.php:1621-1640)'
            'dockerfile is stored as sent, NOT base64-decoded on this route (ApplicationsController.php:1648)'
            'build_pack=dockercompose: ports_exposes forced to 80 (ApplicationsController.php:1599-1601); domains refused with 422 (ApplicationsController.php:1587-1594)'
            'watch_paths must be a string (ApplicationsController.php:1567)'
        )
        Response = '201 {uuid, domains} (not the full application). With instant_deploy, if the deployment is skipped the answer is 200 {message} without uuid, although the application was created (ApplicationsController.php:1536-1540, 1798-1802, 2025-2029, 2157-2161, 2288-2292). A domain conflict answers 409 {message, conflicts, warning} unless force_domain_override=true.'
    }
    'create-scheduled-task-by-service-uuid' = @{
        Source   = 'ScheduledTasksController.php:736-749; createTask :49-119 (allow-list :58, rules :60-67, 422 :69-82, cron :84-89, defaults :98-99)'
        Strict   = $true
        Fields   = @('name', 'command', 'frequency', 'container', 'timeout', 'enabled')
        Required = @('name', 'command', 'frequency')
        Limits   = @(
            'frequency must be a valid cron or human expression (ScheduledTasksController.php:84-89)'
            'timeout defaults to 300 and enabled to true (ScheduledTasksController.php:98-99); timeout min 1'
        )
        Response = '201 with the created task'
    }
    'add-application-destination' = @{
        Source   = 'ApplicationsController.php:5748-5762 (rule, allow-list), :5771-5792'
        Strict   = $true
        Fields   = @('destination_uuid')
        Required = @('destination_uuid')
        Limits   = @(
            'only StandaloneDocker destinations are accepted (swarm: 404) (ApplicationsController.php:5771-5774)'
            '422 if it is the primary destination, already attached, on the same server as the primary, or on a server already attached (ApplicationsController.php:5776-5790)'
        )
        Response = '201 {message:''Destination attached.'', uuid}'
    }
    'create-scheduled-task-by-application-uuid' = @{
        Source   = 'ScheduledTasksController.php:373-386; createTask :49-119 (allow-list :58, rules :60-67, 422 :69-82, cron :84-89, defaults :98-99)'
        Strict   = $true
        Fields   = @('name', 'command', 'frequency', 'container', 'timeout', 'enabled')
        Required = @('name', 'command', 'frequency')
        Limits   = @(
            'frequency must be a valid cron or human expression (ScheduledTasksController.php:84-89)'
            'timeout defaults to 300 and enabled to true (ScheduledTasksController.php:98-99); timeout min 1'
        )
        Response = '201 with the created task'
    }
    'patch-service-application-by-service-and-app-uuid' = @{
        Source   = 'ServiceApplicationsController.php:322-333 (allow-list), :335-362 (rules; any other field: 422); app/Actions/Service/UpdateServiceApplicationFromApi.php:12-115 (force_domain_override :14)'
        Strict   = $true
        Fields   = @('url', 'noindex_domains', 'human_name', 'description', 'image', 'exclude_from_status', 'is_log_drain_enabled', 'is_gzip_enabled', 'is_stripprefix_enabled', 'is_force_https_enabled')
        Required = @()
        Types    = @{ is_force_https_enabled = 'bool' }
        Query    = @{
            force_domain_override = @{ Type = 'bool'; Default = $false; Source = 'app/Actions/Service/UpdateServiceApplicationFromApi.php:14 ($request->boolean; in the body it would be refused by the allow-list)' }
        }
        Limits   = @(
            'url: comma-separated URLs, validated and conflict-checked (409 without force_domain_override) (UpdateServiceApplicationFromApi.php:16-60)'
            'is_log_drain_enabled=true needs log drains enabled on the server (422) (UpdateServiceApplicationFromApi.php:95-107)'
            'only the keys present are changed; the compose file is regenerated (UpdateServiceApplicationFromApi.php:112)'
        )
        Response = '200 with the updated service application object (ServiceApplicationsController.php:369-371)'
    }
    'patch-service-database-by-service-and-database-uuid' = @{
        Source   = 'ServiceDatabasesController.php:203-212 (allow-list), :213-235 (rules; any other field: 422), :237-269'
        Strict   = $true
        Fields   = @('human_name', 'description', 'image', 'exclude_from_status', 'is_log_drain_enabled', 'is_public', 'public_port', 'public_port_timeout')
        Required = @()
        Limits   = @(
            'public_port 1-65535; is_public (given or stored) needs a public_port (422) and a free port (400) (ServiceDatabasesController.php:245-255)'
            'is_log_drain_enabled=true needs log drains on the server (422) (:238-243)'
            'the proxy starts/stops only for JSON true/false is_public changes (:257-269)'
        )
        Response = '200 with the updated service database object'
    }
    'update-scheduled-task-by-service-uuid' = @{
        Source   = 'ScheduledTasksController.php:823-836; updateTask :121-184 (empty body 422 :130-132, allow-list :134, rules :136-143, cron :160-165, update :172)'
        Strict   = $true
        Fields   = @('name', 'command', 'frequency', 'container', 'timeout', 'enabled')
        Required = @()
        Limits   = @(
            'at least one field is required (422)'
            'only the fields present are changed; frequency is cron-checked when present'
        )
        Response = '200 with the updated task'
    }
    'get-service-application-logs-by-service-and-app-uuid' = @{
        Source   = 'routes/api.php:394 (GET and POST share the handler); ServiceApplicationsController.php:467-512'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            lines = @{ Type = 'integer'; Default = 100; Source = 'ServiceApplicationsController.php:506 (normalizeLogLines, bootstrap/helpers/docker.php:1480-1488: non-integer or <=0 gives 100, capped at 10000)' }
        }
        Limits   = @(
            'no show_timestamps; 501 on swarm; 400 if the server is not functional or the container not running'
        )
        Response = '200 {logs}'
    }
    'post-service-application-logs-by-service-and-app-uuid' = @{
        Source   = 'routes/api.php:394 (GET and POST share the handler); ServiceApplicationsController.php:467-512'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            lines = @{ Type = 'integer'; Default = 100; Source = 'ServiceApplicationsController.php:506 (normalizeLogLines, bootstrap/helpers/docker.php:1480-1488: non-integer or <=0 gives 100, capped at 10000)' }
        }
        Limits   = @(
            'no show_timestamps; 501 on swarm; 400 if the server is not functional or the container not running'
        )
        Response = '200 {logs}'
    }
    'post-start-service-application-by-service-and-app-uuid' = @{
        Source   = 'ServiceApplicationsController.php:542-580'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            force = @{ Type = 'bool'; Default = $false; Source = 'ServiceApplicationsController.php:573 (rebuild)' }
            latest = @{ Type = 'bool'; Default = $false; Source = 'ServiceApplicationsController.php:572 (pull image)' }
        }
        Limits   = @(
            '501 on swarm servers; 400 when the server is not functional'
        )
        Response = '200 {message}'
    }
    'get-service-database-logs-by-service-and-database-uuid' = @{
        Source   = 'ServiceDatabasesController.php:301-319'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            lines = @{ Type = 'integer'; Default = 100; Source = 'ServiceDatabasesController.php:314 (normalizeLogLines, bootstrap/helpers/docker.php:1480-1488: non-integer or <=0 gives 100, capped at 10000)' }
        }
        Limits   = @(
            'no show_timestamps; 400 when the container is not running'
        )
        Response = '200 {logs}'
    }
    'set-service-storage-backup-schedule' = @{
        Source   = 'routes/api.php:360; VolumeBackupsController.php:134-176 upsert, :181-253 validateUpsertRequest (rules :186-200, allow-list :202-220), :255-295 persistSchedule (:264-283)'
        Strict   = $true
        Fields   = @('frequency', 'enabled', 'save_s3', 'disable_local_backup', 'stop_during_backup', 's3_storage_uuid', 'retention_amount_locally', 'retention_days_locally', 'retention_max_storage_locally', 'retention_amount_s3', 'retention_days_s3', 'retention_max_storage_s3', 'timeout')
        Required = @('frequency')
        RequiredWhen  = @{ s3_storage_uuid = 'save_s3=true' }
        Limits   = @(
            'PUT is a full replacement: every absent field is reset to its default (enabled true, save_s3 false, disable_local_backup false, stop_during_backup false, retention_amount_* 7, retention_days_* 0, retention_max_storage_* 0); only timeout is kept when absent (VolumeBackupsController.php:264-281)'
            'disable_local_backup=true needs save_s3=true (VolumeBackupsController.php:227-229)'
            'save_s3=true needs a usable S3 storage of the team (is_usable) (VolumeBackupsController.php:232-242)'
            'file storages can be backed up only when they are directory mounts (not single files, not host files) (VolumeBackupsController.php:244-246)'
            'frequency must be a cron or human expression; timeout 60-36000'
        )
        Response = '201 when created, 200 when replaced, with the schedule object (VolumeBackupsController.php:294)'
    }
    'start-service-database-by-service-and-database-uuid' = @{
        Source   = 'ServiceDatabasesController.php:342-357'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            force = @{ Type = 'bool'; Default = $false; Source = 'ServiceDatabasesController.php:353' }
            latest = @{ Type = 'bool'; Default = $false; Source = 'ServiceDatabasesController.php:352' }
        }
        Response = '200 {message}'
    }
    'update-scheduled-task-by-application-uuid' = @{
        Source   = 'ScheduledTasksController.php:460-473; updateTask :121-184 (empty body 422 :130-132, allow-list :134, rules :136-143, cron :160-165, update :172)'
        Strict   = $true
        Fields   = @('name', 'command', 'frequency', 'container', 'timeout', 'enabled')
        Required = @()
        Limits   = @(
            'at least one field is required (422)'
            'only the fields present are changed; frequency is cron-checked when present'
        )
        Response = '200 with the updated task'
    }
    'delete-backup-configuration-by-uuid' = @{
        Source   = 'DatabasesController.php:2664-2732'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            delete_s3 = @{ Type = 'bool'; Default = $false; Source = 'DatabasesController.php:2692' }
        }
        Limits   = @(
            'local backup files are always deleted; S3 copies only with delete_s3=true'
        )
        Response = '200 {message}; 500 {message:''Failed to delete backup.''} on error'
    }
    'set-database-storage-backup-schedule' = @{
        Source   = 'routes/api.php:319; VolumeBackupsController.php:134-176 upsert, :181-253 validateUpsertRequest (rules :186-200, allow-list :202-220), :255-295 persistSchedule (:264-283)'
        Strict   = $true
        Fields   = @('frequency', 'enabled', 'save_s3', 'disable_local_backup', 'stop_during_backup', 's3_storage_uuid', 'retention_amount_locally', 'retention_days_locally', 'retention_max_storage_locally', 'retention_amount_s3', 'retention_days_s3', 'retention_max_storage_s3', 'timeout')
        Required = @('frequency')
        RequiredWhen  = @{ s3_storage_uuid = 'save_s3=true' }
        Limits   = @(
            'PUT is a full replacement: every absent field is reset to its default (enabled true, save_s3 false, disable_local_backup false, stop_during_backup false, retention_amount_* 7, retention_days_* 0, retention_max_storage_* 0); only timeout is kept when absent (VolumeBackupsController.php:264-281)'
            'disable_local_backup=true needs save_s3=true (VolumeBackupsController.php:227-229)'
            'save_s3=true needs a usable S3 storage of the team (is_usable) (VolumeBackupsController.php:232-242)'
            'file storages can be backed up only when they are directory mounts (not single files, not host files) (VolumeBackupsController.php:244-246)'
            'frequency must be a cron or human expression; timeout 60-36000'
        )
        Response = '201 when created, 200 when replaced, with the schedule object (VolumeBackupsController.php:294)'
    }
    'update-database-backup' = @{
        Source   = 'DatabasesController.php:1057 (fields), :1068-1089 (rules), :1110-1134, :1143-1154 (any other field: 422), :1156-1188'
        Strict   = $true
        Fields   = @('save_s3', 'enabled', 'dump_all', 'frequency', 'databases_to_backup', 'database_backup_retention_amount_locally', 'database_backup_retention_days_locally', 'database_backup_retention_max_storage_locally', 'database_backup_retention_amount_s3', 'database_backup_retention_days_s3', 'database_backup_retention_max_storage_s3', 's3_storage_uuid', 'timeout', 'backup_now')
        Required = @()
        RequiredWhen  = @{ s3_storage_uuid = 'save_s3=true' }
        Limits   = @(
            'save_s3=true always needs s3_storage_uuid in the same request, even when the configuration already has one (DatabasesController.php:1120-1125)'
            'only the fields present are changed'
            'backup_now=true runs a backup immediately (DatabasesController.php:1186-1188)'
        )
        Response = '200 {message:''Database backup configuration updated''} only (DatabasesController.php:1198-1200)'
    }
    'set-application-storage-backup-schedule' = @{
        Source   = 'routes/api.php:251; VolumeBackupsController.php:134-176 upsert, :181-253 validateUpsertRequest (rules :186-200, allow-list :202-220), :255-295 persistSchedule (:264-283)'
        Strict   = $true
        Fields   = @('frequency', 'enabled', 'save_s3', 'disable_local_backup', 'stop_during_backup', 's3_storage_uuid', 'retention_amount_locally', 'retention_days_locally', 'retention_max_storage_locally', 'retention_amount_s3', 'retention_days_s3', 'retention_max_storage_s3', 'timeout')
        Required = @('frequency')
        RequiredWhen  = @{ s3_storage_uuid = 'save_s3=true' }
        Limits   = @(
            'PUT is a full replacement: every absent field is reset to its default (enabled true, save_s3 false, disable_local_backup false, stop_during_backup false, retention_amount_* 7, retention_days_* 0, retention_max_storage_* 0); only timeout is kept when absent (VolumeBackupsController.php:264-281)'
            'disable_local_backup=true needs save_s3=true (VolumeBackupsController.php:227-229)'
            'save_s3=true needs a usable S3 storage of the team (is_usable) (VolumeBackupsController.php:232-242)'
            'file storages can be backed up only when they are directory mounts (not single files, not host files) (VolumeBackupsController.php:244-246)'
            'frequency must be a cron or human expression; timeout 60-36000'
        )
        Response = '201 when created, 200 when replaced, with the schedule object (VolumeBackupsController.php:294)'
    }
    'update-environment' = @{
        Source   = 'ProjectController.php:755 (allow-list), :767-785 (rules; any other field: 422), :799-819'
        Strict   = $true
        Fields   = @('name', 'description')
        Required = @()
        Limits   = @(
            'the path segment is tried as a name first, then as a uuid (:799-802)'
            '409 when renaming to an existing name'
        )
        Response = '200 {uuid, name, description}'
    }
    'delete-backup-execution-by-uuid' = @{
        Source   = 'DatabasesController.php:2796-2860'
        Strict   = $false
        Fields   = @()
        Required = @()
        Query    = @{
            delete_s3 = @{ Type = 'bool'; Default = $false; Source = 'DatabasesController.php:2833' }
        }
        Limits   = @(
            'the local file is always deleted; S3 copy only with delete_s3=true'
        )
        Response = '200 {message:''Backup execution deleted.''}'
    }

    # ---- Servers, Git apps, cloud providers, S3, keys, tags, shared variables, notifications, settings ----

    'create-tag' = @{
        Source = 'TagsController.php:146-184 (handler), :30-65 (validateTagWriteRequest: allow-list name, rule required|string|min:2|max:255, extra field 422), :25-28 (normalisation)'
        Strict = $true
        Fields = @('name')
        Required = @('name')
        Limits = @(
            'name is trimmed, HTML-stripped and lower-cased before saving (TagsController.php:25-28, :56); under 2 characters after that: 422 (:57-62)'
            'a tag with the same (normalised) name in the team: 409 (:160-162)'
        )
        Response = '201 {uuid,name,created_at,updated_at} (TagsController.php:15-23, :183)'
    }
    'update-tag-by-uuid' = @{
        Source = 'TagsController.php:221-263 (handler), :30-65 (validateTagWriteRequest)'
        Strict = $true
        Fields = @('name')
        Required = @('name')
        Limits = @(
            'name is trimmed, HTML-stripped and lower-cased (TagsController.php:25-28, :56)'
            'name taken by another tag of the team: 409 (:240-243)'
        )
        Response = '200 {uuid,name,created_at,updated_at} (TagsController.php:262)'
    }
    'deploy-by-tag-or-uuid' = @{
        Source = 'DeployController.php:384-418 (deploy), :420-467 (by_uuids), :469-519 (by_tags)'
        Strict = $false
        Fields = @()
        Required = @()
        Query = @{
            uuid = @{
                Type = 'string'
                Default = $null
                Source = 'DeployController.php:392 (comma-separated list, split at :422)'
            }
            tag = @{
                Type = 'string'
                Default = $null
                Source = 'DeployController.php:393 (comma-separated list, split at :471)'
            }
            force = @{
                Type = 'bool'
                Default = $false
                Source = 'DeployController.php:394 (boolean(force))'
            }
            pull_request_id = @{
                Type = 'integer'
                Default = 0
                Source = 'DeployController.php:395-396 (falls back to pr; negative clamped to 0)'
            }
            pr = @{
                Type = 'integer'
                Default = 0
                Source = 'DeployController.php:395 (alias used only when pull_request_id is absent)'
            }
            docker_tag = @{
                Type = 'string'
                Default = $null
                Source = 'DeployController.php:397 (trimmed; empty means none)'
            }
        }
        Limits = @(
            'uuid and tag together: 400 (DeployController.php:399-401); tag with pr: 400 (:402-404); docker_tag without pull_request_id: 400 (:405-407); docker_tag with tag: 400 (:408-410); neither uuid nor tag: 400 (:417)'
            'the values are read with input(), so the server also takes them from a JSON body, not only the query string (DeployController.php:392-397)'
            'tag names are compared exactly with the stored (lower-cased) names (DeployController.php:481)'
            'a full per-server deployment queue answers 429 with Retry-After: 60 (DeployController.php:449-451, :495-497)'
        )
        Response = 'by uuid: 200 {deployments:[{message,resource_uuid,deployment_uuid?}]} (DeployController.php:453-463); by tag: 200 {message:[string...], details?:[{resource_uuid,deployment_uuid}]} (:509-515), a different shape from the document; 404 {message} when nothing matched (:466, :518)'
    }
    'list-deployments-by-app-uuid' = @{
        Source = 'DeployController.php:696-732'
        Strict = $false
        Fields = @()
        Required = @()
        Query = @{
            skip = @{
                Type = 'integer'
                Default = 0
                Source = 'DeployController.php:699 (nullable|integer|min:0), :704'
            }
            take = @{
                Type = 'integer'
                Default = 10
                Source = 'DeployController.php:700 (nullable|integer|min:1), :705'
            }
        }
        Response = '200 {count, deployments:[ApplicationDeploymentQueue...]} (DeployController.php:726-731; app/Models/Application.php:1211-1222), not an array of Application as the document says; logs are included only with read:sensitive (:727-729)'
    }
    'create-server' = @{
        Source = 'ServersController.php:482-589 (create_server), :484 (allow-list), :496-508 (rules), :510-523 (other field: 422), :539-546 (proxy type check)'
        Strict = $true
        Fields = @(
            'name'
            'description'
            'ip'
            'port'
            'user'
            'private_key_uuid'
            'is_build_server'
            'instant_validate'
            'proxy_type'
        )
        Required = @('ip', 'private_key_uuid')
        Types = @{
            proxy_type = 'enum:traefik,caddy,nginx,none'
            port = 'integer'
        }
        Limits = @(
            'proxy_type is checked case-insensitively against Enums/ProxyTypes (NONE, TRAEFIK, NGINX, CADDY) and stored upper-case; default TRAEFIK (ServersController.php:539-546, :556)'
            'defaults when absent: name random (:524-526), user root (:527-529), port 22 (:530-532), is_build_server false, instant_validate false (:533-538)'
            'ip must be an IPv4/IPv6 address or hostname (App/Rules/ValidServerIp); an ip already used by any server: 400 (:551-554)'
            'private_key_uuid of another team or unknown: 404 (:547-550)'
        )
        Response = '201 {uuid} (ServersController.php:586-588)'
    }
    'update-server-by-uuid' = @{
        Source = 'ServersController.php:660-780 (update_server), :662 (allow-list), :673-692 (rules), :694-707 (other field: 422)'
        Strict = $true
        Fields = @(
            'name'
            'description'
            'ip'
            'port'
            'user'
            'private_key_uuid'
            'is_build_server'
            'instant_validate'
            'proxy_type'
            'concurrent_builds'
            'dynamic_timeout'
            'deployment_queue_limit'
            'server_disk_usage_notification_threshold'
            'server_disk_usage_check_frequency'
            'connection_timeout'
            'is_terminal_enabled'
        )
        Required = @()
        Types = @{
            proxy_type = 'enum:traefik,caddy,nginx,none'
            is_terminal_enabled = 'bool'
            concurrent_builds = 'integer'
            dynamic_timeout = 'integer'
            deployment_queue_limit = 'integer'
            server_disk_usage_notification_threshold = 'integer'
            connection_timeout = 'integer'
        }
        Limits = @(
            'ranges: concurrent_builds, dynamic_timeout, deployment_queue_limit min 1; server_disk_usage_notification_threshold 1-100; connection_timeout 1-300; port 1-65535 (ServersController.php:677, :683-688)'
            'server_disk_usage_check_frequency must be a cron or human expression, else 422 (:730-735)'
            'is_build_server=true on a server that has resources: 422 (:737-742)'
            'name, description, ip, port and user are written as sent, so an explicit null is stored (:721, :744); a null advanced setting is skipped (:757-760)'
            'a proxy_type change runs changeProxy asynchronously (:762-764); instant_validate=true queues ValidateServer (:766-768)'
        )
        Response = '201 {uuid} (ServersController.php:777-779), not the Server object the document gives'
    }
    'delete-server-by-uuid' = @{
        Source = 'ServersController.php:835-892 (delete_server), :852 (force)'
        Strict = $false
        Fields = @()
        Required = @()
        Query = @{
            force = @{
                Type = 'bool'
                Default = $false
                Source = 'ServersController.php:852 (query(force,false) through FILTER_VALIDATE_BOOLEAN; read from the query string only)'
                Effect = 'every application, service and database on it'
            }
        }
        Limits = @(
            'without force a server that has resources answers 400 (ServersController.php:854-856); with force every resource gets a DeleteResourceJob (:861-865)'
            'the Coolify host (localhost) server cannot be deleted: 400 (:857-859)'
            'the cloud instance (Hetzner, Vultr, DigitalOcean) is not deleted at the provider (:871-881)'
        )
        Response = '200 {message:"Server deleted."} (ServersController.php:891)'
    }
    'get-server-by-uuid' = @{
        Source = 'ServersController.php:149-184 (server_by_uuid), :151 (resources)'
        Strict = $false
        Fields = @()
        Required = @()
        Query = @{
            resources = @{
                Type = 'bool'
                Default = $null
                Source = 'ServersController.php:151, :161 (raw query value tested for PHP truthiness: any non-empty value except "0" turns it on, even "false")'
            }
        }
        Response = '200 Server object; with resources it also carries resources:[{id,uuid,name,type,created_at,updated_at,status}] (ServersController.php:161-174)'
    }
    'get-domains-by-server-uuid' = @{
        Source = 'ServersController.php:299-417 (domains_by_server), :309-317 (uuid)'
        Strict = $false
        Fields = @()
        Required = @()
        Query = @{
            uuid = @{
                Type = 'string'
                Default = $null
                Source = 'ServersController.php:309 (an application uuid)'
            }
        }
        Limits = @(
            'with uuid the application is looked up in the whole team, not on this server; unknown uuid: 404 (ServersController.php:311-314)'
        )
        Response = 'without uuid: 200 [{ip, domains:[string]}] (ServersController.php:407-416); with uuid: 200 a flat array of that applications FQDN strings, scheme included (:316; Application.php:2264-2271)'
    }
    'validate-server-by-uuid' = @{
        Source = 'ServersController.php:952-1002 (validate_server), :975-977 (rule), :985 (default)'
        Strict = $false
        Fields = @('install')
        Required = @()
        Types = @{
            install = 'bool'
        }
        Limits = @(
            'no allow-list: other fields are ignored; an empty or missing body is accepted (no validateIncomingRequest call)'
            'install=true queues ValidateAndInstallServerJob, which may restart Docker (ServersController.php:985-990)'
            'a server transferred to another instance: 422 (:969-973)'
        )
        Response = '201 {message:"Validation started."} or {message:"Validation and installation started."} (ServersController.php:999-1001)'
    }
    'update-server-proxy' = @{
        Source = 'ServerProxyController.php:159-249 (update), :171 (allow-list), :172-177 (rules), :179-190 (other field: 422), :199-207 (proxy type)'
        Strict = $true
        Fields = @('redirect_enabled', 'redirect_url', 'generate_exact_labels', 'proxy_type')
        Required = @()
        Types = @{
            proxy_type = 'enum:traefik,caddy,nginx,none'
        }
        Limits = @(
            'proxy_type is checked case-insensitively against Enums/ProxyTypes; the change runs asynchronously (ServerProxyController.php:199-207, :231-234)'
            'redirect_url present with null or empty clears the redirect (:217-220); it must be a public http(s) URL (SafeExternalUrl, :174)'
            'the redirect file is written to the host only when the server is functional (:237-239)'
        )
        Response = '200 {proxy_type,status,redirect_enabled,redirect_url,generate_exact_labels, configuration (only with read:sensitive)} (ServerProxyController.php:47-65, :248)'
    }
    'save-server-proxy-configuration' = @{
        Source = 'ServerProxyController.php:298-370 (saveConfiguration), :310-326 (allow-list, rule, other field: 422), :335-347 (base64)'
        Strict = $true
        Fields = @('configuration')
        Required = @('configuration')
        Base64 = @('configuration')
        Limits = @(
            'base64 is optional: a value that looks base64 is decoded and must be UTF-8, otherwise it is used as plain text (ServerProxyController.php:335-347)'
            'blank after trimming: 422 (:349-356)'
        )
        Response = '200 {proxy_type,status,redirect_enabled,redirect_url,generate_exact_labels,configuration?,message:"Proxy configuration saved."} (ServerProxyController.php:366-369)'
    }
    'update-server-sentinel' = @{
        Source = 'ServerSentinelController.php:141-225 (update), :14-23 (ALLOWED_FIELDS), :160-169 (rules), :171-182 (other field: 422)'
        Strict = $true
        Fields = @(
            'is_sentinel_enabled'
            'is_metrics_enabled'
            'is_sentinel_debug_enabled'
            'sentinel_token'
            'sentinel_metrics_refresh_rate_seconds'
            'sentinel_metrics_history_days'
            'sentinel_push_interval_seconds'
            'sentinel_custom_url'
        )
        Required = @()
        Limits = @(
            'sentinel_token: max 500 characters of [A-Za-z0-9._-+=/] (ServerSentinelController.php:164, :184-189); sentinel_push_interval_seconds min 10; refresh rate and history days min 1 (:165-167); sentinel_custom_url must be a URL (:168)'
            'enabling Sentinel on a build server: 422 (:192-201)'
            'is_sentinel_enabled=false also sets is_metrics_enabled and is_sentinel_debug_enabled to false, whatever else is sent (:210-213)'
        )
        Response = '200 {is_sentinel_enabled,is_metrics_enabled,is_sentinel_debug_enabled,sentinel_metrics_refresh_rate_seconds,sentinel_metrics_history_days,sentinel_push_interval_seconds,sentinel_updated_at, sentinel_token and sentinel_custom_url only with read:sensitive} (ServerSentinelController.php:35-54, :224)'
    }
    'update-server-log-drains' = @{
        Source = 'ServerLogDrainsController.php:144-247 (update), :15-25 (ALLOWED_FIELDS), :163-173 (rules), :175-186 (other field: 422), :196-227 (conditional requirements)'
        Strict = $true
        Fields = @(
            'is_logdrain_newrelic_enabled'
            'logdrain_newrelic_license_key'
            'logdrain_newrelic_base_uri'
            'is_logdrain_axiom_enabled'
            'logdrain_axiom_dataset_name'
            'logdrain_axiom_api_key'
            'is_logdrain_custom_enabled'
            'logdrain_custom_config'
            'logdrain_custom_config_parser'
        )
        Required = @()
        RequiredWhen = @{
            logdrain_newrelic_license_key = 'is_logdrain_newrelic_enabled=true (checked against the merged stored values)'
            logdrain_newrelic_base_uri = 'is_logdrain_newrelic_enabled=true (merged stored values)'
            logdrain_axiom_dataset_name = 'is_logdrain_axiom_enabled=true (merged stored values)'
            logdrain_axiom_api_key = 'is_logdrain_axiom_enabled=true (merged stored values)'
            logdrain_custom_config = 'is_logdrain_custom_enabled=true (merged stored values)'
        }
        Limits = @(
            'license key, dataset name and API key allow only [A-Za-z0-9_.-]; logdrain_newrelic_base_uri must be a URL (ServerLogDrainsController.php:165-169)'
            'every successful update starts or stops the log-drain container (:233-237)'
        )
        Response = '200 {is_logdrain_newrelic_enabled,logdrain_newrelic_base_uri,is_logdrain_axiom_enabled,logdrain_axiom_dataset_name,is_logdrain_custom_enabled; the key, API key, custom config and parser only with read:sensitive} (ServerLogDrainsController.php:37-56, :246)'
    }
    'update-server-docker-cleanup' = @{
        Source = 'ServerDockerCleanupController.php:136-200 (update), :14-21 (ALLOWED_FIELDS), :155-162 (rules), :164-175 (other field: 422)'
        Strict = $true
        Fields = @(
            'docker_cleanup_frequency'
            'docker_cleanup_threshold'
            'force_docker_cleanup'
            'delete_unused_volumes'
            'delete_unused_networks'
            'disable_application_image_retention'
        )
        Required = @()
        Limits = @(
            'docker_cleanup_threshold 1-99 (ServerDockerCleanupController.php:157); docker_cleanup_frequency must be a cron or human expression, else 422 (:177-182)'
        )
        Response = '200 the six settings (ServerDockerCleanupController.php:28-40, :199)'
    }
    'run-server-docker-cleanup' = @{
        Source = 'ServerDockerCleanupController.php:239-290 (run), :253-268 (rules, allow-list, other field: 422), :270-275 (defaults)'
        Strict = $true
        Fields = @('delete_unused_volumes', 'delete_unused_networks')
        Required = @()
        Limits = @(
            'an absent field falls back to the servers stored setting (ServerDockerCleanupController.php:270-275); an empty or missing body is accepted'
        )
        Response = '200 {message:"Manual cleanup job started. Depending on the amount of data, this might take a while."} (ServerDockerCleanupController.php:287-289)'
    }
    'update-server-cloudflare-tunnel' = @{
        Source = 'ServerCloudflareTunnelController.php:103-158 (update), :13-15 (ALLOWED_FIELDS), :126-140 (rule, other field: 422)'
        Strict = $true
        Fields = @('is_cloudflare_tunnel')
        Required = @('is_cloudflare_tunnel')
        Limits = @(
            'the localhost server: 422 (ServerCloudflareTunnelController.php:122-124)'
            'is_cloudflare_tunnel=false restores ip from ip_previous when one is stored (:146-148)'
        )
        Response = '200 {is_cloudflare_tunnel, ip, ip_previous} (ServerCloudflareTunnelController.php:22-29, :157)'
    }
    'create-server-destination' = @{
        Source = 'DestinationsController.php:194-266 (create), :208 (allow-list), :210-214 (rules), :215-225 (other field: 422)'
        Strict = $true
        Fields = @('name', 'network', 'type')
        Required = @('network')
        Types = @{
            type = 'enum:standalone,swarm'
        }
        Limits = @(
            'network must match ^[a-zA-Z0-9][a-zA-Z0-9._-]*$, max 255 (DestinationsController.php:212)'
            'type defaults to the server kind and must equal it (swarm server: swarm, otherwise standalone), else 422 (:227-231)'
            'name defaults to "<server name>-<network>" (:233); a network already on the server: 409 (:238-241)'
            'unknown server uuid: 404 through firstOrFail (:206)'
        )
        Response = '201 {uuid,name,network,type,server_uuid,created_at,updated_at} (DestinationsController.php:17-28, :265)'
    }
    'update-destination-by-uuid' = @{
        Source = 'DestinationsController.php:307-353 (update), :319 (allow-list), :321-323 (rule), :324-334 (other field: 422)'
        Strict = $true
        Fields = @('name')
        Required = @('name')
        Response = '200 {uuid,name,network,type,server_uuid,created_at,updated_at} (DestinationsController.php:352)'
    }
    'import-server-transfer-bundle' = @{
        OnError  = 'it serves server transfers only on development installs (APP_ENV=local, ServerTransferController.php:26) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source = 'ServerTransferController.php:220-299 (import), :234-243 (rules), :244-256 (allow-list, other field: 422), :274-279 (defaults); :26 (dev-only)'
        Strict = $true
        Fields = @(
            'bundle'
            'passphrase'
            'dry_run'
            'preserve_uuids'
            'adopt_mode'
            'claim'
            'write_remote'
            'rebind_sentinel'
        )
        Required = @('bundle')
        RequiredWhen = @{
            passphrase = 'bundle.encrypted is true'
        }
        Types = @{
            bundle = 'object'
        }
        Limits = @(
            'Dev-only: the ServerTransferController constructor aborts with 404 unless APP_ENV=local (ServerTransferController.php:26), so every production instance answers 404'
            'body defaults: dry_run false, preserve_uuids true, adopt_mode true, claim true, write_remote false, rebind_sentinel true (ServerTransferController.php:274-279)'
            'an encrypted bundle without passphrase: 422 (:259-262)'
        )
        Response = '201 (200 when dry_run) {dry_run,warnings,server_uuid,private_key_uuid,created,preserved_uuids,export_id,claimed,claim} (ServerTransferController.php:298; app/Services/ServerTransfer/ServerTransferImporter.php:197-205, :329-337)'
    }
    'export-server-transfer-bundle' = @{
        RequiredWhen = @{ passphrase = 'encrypt' }   # the server would send the plaintext bundle (:182-188)
        OnError  = 'it serves server transfers only on development installs (APP_ENV=local, ServerTransferController.php:26) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source = 'ServerTransferController.php:150-189 (export), :182 (encrypt); :26 (dev-only)'
        Strict = $false
        Fields = @()
        Required = @()
        Query = @{
            encrypt = @{
                Type = 'bool'
                Default = $false
                Source = 'ServerTransferController.php:182 (boolean(encrypt))'
            }
            passphrase = @{
                Type = 'string'
                Default = $null
                Source = 'ServerTransferController.php:182-185'
            }
        }
        Limits = @(
            'Dev-only: the ServerTransferController constructor aborts with 404 unless APP_ENV=local (ServerTransferController.php:26), so every production instance answers 404'
            'needs a token with read:sensitive (or root), else 403 (ServerTransferController.php:157-161)'
            'encrypt=true without a passphrase silently returns the PLAINTEXT bundle, SSH key included (:182-188)'
            'the passphrase travels in the query string'
        )
        Response = '200 plain bundle, or {encrypted:true, schema_version, payload(base64 AES-256-CBC)} when encrypted (ServerTransferController.php:182-188; ServerTransferBundle.php:118-122)'
    }
    'export-server-transfer-mailbox' = @{
        Ignored  = @{ passphrase = 'read with the request-input helpers (ServerTransferController.php:483), which take the query string as well: the module sends it in the query, as for the bundle export' }
        OnError  = 'it serves server transfers only on development installs (APP_ENV=local, ServerTransferController.php:26) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source = 'ServerTransferController.php:458-504 (writeMailbox), :483 (passphrase); :26 (dev-only)'
        Strict = $false
        Fields = @('passphrase')
        Required = @()
        Limits = @(
            'Dev-only: the ServerTransferController constructor aborts with 404 unless APP_ENV=local (ServerTransferController.php:26), so every production instance answers 404'
            'needs read:sensitive (or root), else 403 (ServerTransferController.php:465-469)'
            'no validation or allow-list: other fields are ignored; an empty body is accepted'
        )
        Response = '200 {export_id,path,written:true,message}; 422 with the same shape when the write failed (ServerTransferController.php:496-503)'
    }
    'claim-server' = @{
        OnError  = 'it serves server transfers only on development installs (APP_ENV=local, ServerTransferController.php:26) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source = 'ServerTransferController.php:324-366 (claim), :338-347 (rules), :352-353 (defaults); :26 (dev-only)'
        Strict = $false
        Fields = @('write_remote', 'rebind_sentinel')
        Required = @()
        Types = @{
            write_remote = 'bool'
            rebind_sentinel = 'bool'
        }
        Limits = @(
            'Dev-only: the ServerTransferController constructor aborts with 404 unless APP_ENV=local (ServerTransferController.php:26), so every production instance answers 404'
            'no allow-list: other fields are ignored; an empty body is accepted'
            'defaults: write_remote true, rebind_sentinel true (ServerTransferController.php:352-353)'
        )
        Response = '200 {server_uuid, claim, sentinel_rebound, claim_written, ...} (ServerTransferController.php:365; ServerTransferClaimer.php:64-77)'
    }
    'complete-server-transfer' = @{
        OnError  = 'it serves server transfers only on development installs (APP_ENV=local, ServerTransferController.php:26) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source = 'ServerTransferController.php:391-433 (complete), :405-408 (rules); :26 (dev-only)'
        Strict = $false
        Fields = @('export_id', 'target_instance_url')
        Required = @()
        Limits = @(
            'Dev-only: the ServerTransferController constructor aborts with 404 unless APP_ENV=local (ServerTransferController.php:26), so every production instance answers 404'
            'no allow-list: other fields are ignored; an empty body is accepted'
        )
        Response = '200 {server_uuid, message} (ServerTransferController.php:432; ServerTransferClaimer.php:132-135)'
    }
    'migrate-server-between-instances' = @{
        OnError  = 'it serves server transfers only on development installs (APP_ENV=local, ServerTransferController.php:26) and answers 404 everywhere else. Use the Coolify dashboard instead.'
        Source = 'ServerTransferController.php:60-129 (migrate), :85-92 (rules), :93-105 (allow-list, other field: 422), :112-115 (defaults); :26 (dev-only)'
        Strict = $true
        Fields = @('target_url', 'target_token', 'write_remote', 'rebind_sentinel', 'preserve_uuids', 'adopt_mode')
        Required = @('target_url', 'target_token')
        Limits = @(
            'Dev-only: the ServerTransferController constructor aborts with 404 unless APP_ENV=local (ServerTransferController.php:26), so every production instance answers 404'
            'needs read:sensitive (or root), else 403 (ServerTransferController.php:67-71)'
            'defaults: write_remote false, rebind_sentinel true, preserve_uuids true, adopt_mode true (:112-115)'
            'target_url must be a URL (:86)'
        )
        Response = '200 {server_uuid,export_id,target_url,import,complete,warnings,message} (ServerTransferController.php:128; ServerTransferMigrator.php:84-90)'
    }
    'create-team-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:371-379 (team_create_env), :161-206 (createEnv), :50-90 (validateEnvPayload), :17 (ALLOWED_FIELDS)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
        Limits = @(
            'key is trimmed, then must match ^[A-Za-z_][A-Za-z0-9_.]*$, max 255 (SharedEnvironmentVariablesController.php:57-59; Support/ValidationPatterns.php:109, :151-154)'
            'comment max 256 (:67); absent flags are stored as false (:185-187)'
            'key already present for the team: 409 (:176-180)'
        )
        Response = '201 {id} (SharedEnvironmentVariablesController.php:203-205)'
    }
    'create-project-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:487 (project_create_env), :161-206 (createEnv), :50-90 (validateEnvPayload), :17 (ALLOWED_FIELDS)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
    }
    'create-environment-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:644 (environment_create_env), :161-206 (createEnv), :50-90 (validateEnvPayload), :17 (ALLOWED_FIELDS)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
    }
    'create-server-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:811 (server_create_env), :161-206 (createEnv), :50-90 (validateEnvPayload), :17 (ALLOWED_FIELDS)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @('key')
    }
    # The key is optional on update; a key that differs from the stored one renames the variable (:222-229).
    'update-team-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:398 (team_update_env), :208-257 (updateEnv: only the fields given change), :50-90 (validateEnvPayload with requireKey false, :62), :85-87 (an empty body: 422)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @()
    }
    # The key is optional on update; a key that differs from the stored one renames the variable (:222-229).
    'update-project-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:522 (project_update_env), :208-257 (updateEnv: only the fields given change), :50-90 (validateEnvPayload with requireKey false, :62), :85-87 (an empty body: 422)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @()
    }
    # The key is optional on update; a key that differs from the stored one renames the variable (:222-229).
    'update-environment-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:685 (environment_update_env), :208-257 (updateEnv: only the fields given change), :50-90 (validateEnvPayload with requireKey false, :62), :85-87 (an empty body: 422)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @()
    }
    # The key is optional on update; a key that differs from the stored one renames the variable (:222-229).
    'update-server-shared-env' = @{
        Source = 'SharedEnvironmentVariablesController.php:846 (server_update_env), :208-257 (updateEnv: only the fields given change), :50-90 (validateEnvPayload with requireKey false, :62), :85-87 (an empty body: 422)'
        Strict = $true
        Fields = @('key', 'value', 'is_literal', 'is_multiline', 'is_shown_once', 'comment')
        Required = @()
    }
    'create-github-app' = @{
        Source = 'GithubController.php:187-298 (create_github_app), :199-213 (allow-list), :219-233 (rules), :235-248 (other field: 422)'
        Strict = $true
        Fields = @(
            'name'
            'organization'
            'api_url'
            'html_url'
            'custom_user'
            'custom_port'
            'app_id'
            'installation_id'
            'client_id'
            'client_secret'
            'webhook_secret'
            'private_key_uuid'
            'is_system_wide'
        )
        Required = @(
            'name'
            'html_url'
            'app_id'
            'installation_id'
            'client_id'
            'client_secret'
            'webhook_secret'
            'private_key_uuid'
        )
        Ignored = @{
        }
        Limits = @(
            'html_url and api_url must be public http(s) URLs (SafeExternalUrl, GithubController.php:222-223); api_url defaults from html_url (:266-268)'
            'organization is normalised and must not contain whitespace, / ? or # (:215-217, :221)'
            'defaults: custom_user git, custom_port 22 (:270-271)'
            'private key of another team: 404 (:252-260)'
        )
        Response = '201 the GithubApp object (client_secret and webhook_secret hidden) (GithubController.php:294)'
    }
    'updateGithubApp' = @{
        Refused  = @{ private_key_uuid = 'validates private_key_uuid as an RFC 4122 GUID (GithubController.php:645), which Coolify key ids never are, so every real id gets 422. To use another key, delete the GitHub App in Coolify and add it again with New-CoolifyGitHubApp -PrivateKeyUuid' }
        Source = 'GithubController.php:570-701 (update_github_app), :584-601 (fields), :603 (only()), :610-657 (rules only for fields present)'
        Strict = $false
        Fields = @(
            'name'
            'organization'
            'api_url'
            'html_url'
            'custom_user'
            'custom_port'
            'app_id'
            'installation_id'
            'client_id'
            'client_secret'
            'webhook_secret'
            'private_key_uuid'
            'is_system_wide'
        )
        Required = @()
        Ignored = @{
        }
        Limits = @(
            'SERVER BUG: private_key_uuid is validated as an RFC 4122 uuid (GithubController.php:645); Coolify private-key uuids are not, so any real value gets 422 "Validation error"'
            'the path parameter is the numeric GitHub app id, not its uuid (:578-580)'
            'no allow-list and no JSON check: unknown fields are silently ignored (:603); an html_url change without api_url recomputes api_url (:662-664)'
        )
        Response = '200 {message:"GitHub app updated successfully", data:GithubApp} (GithubController.php:692-695)'
    }
    'create-gitlab-app' = @{
        Source = 'GitlabController.php:194-287 (create_gitlab_app), :206-218 (allow-list), :220-233 (rules), :235-248 (other field: 422)'
        Strict = $true
        Fields = @(
            'name'
            'html_url'
            'api_url'
            'custom_user'
            'custom_port'
            'group_name'
            'client_id'
            'client_secret'
            'webhook_token'
            'redirect_uri'
            'is_system_wide'
        )
        Required = @('name', 'html_url')
        Ignored = @{
        }
        Limits = @(
            'html_url and api_url must be public http(s) URLs (SafeExternalUrl, GitlabController.php:222-223); redirect_uri may be a private URL (:231)'
            'api_url defaults to <html_url>/api/v4 (:252-254); webhook_token defaults to a random 32-character string (:265); custom_user git, custom_port 22 (:260-261)'
        )
        Response = '201 the GitlabApp object with secrets removed (GitlabController.php:283)'
    }
    'updateGitlabApp' = @{
        Source = 'GitlabController.php:349-451 (update_gitlab_app), :360-375 (fields), :377 (only()), :379-421 (rules for fields present)'
        Strict = $false
        Fields = @(
            'name'
            'html_url'
            'api_url'
            'custom_user'
            'custom_port'
            'group_name'
            'client_id'
            'client_secret'
            'webhook_token'
            'redirect_uri'
            'is_system_wide'
        )
        Required = @()
        Ignored = @{
        }
        Limits = @(
            'the path parameter is the numeric GitLab app id (GitlabController.php:37-42)'
            'no allow-list and no JSON check: unknown fields are silently ignored (:377); an html_url change without api_url resets api_url to <html_url>/api/v4 (:423-428)'
        )
        Response = '200 {message:"GitLab app updated successfully", data:GitlabApp} (GitlabController.php:442-445)'
    }
    'create-s3-storage' = @{
        Source = 'S3StoragesController.php:259-311 (store), :261 (allow-list), :276-285 (rules), :51-71 (validateBody: other field: 422)'
        Strict = $true
        Fields = @('name', 'description', 'endpoint', 'bucket', 'region', 'key', 'secret', 'is_usable')
        Required = @('name', 'endpoint', 'bucket', 'region', 'key', 'secret')
        Limits = @(
            'name: 3-255 characters, name pattern (Support/ValidationPatterns.php:417-431); description max 255'
            'endpoint must be an http(s) URL that does not resolve to a private or local address unless allow-listed in the instance settings (SafeWebhookUrl, S3StoragesController.php:279): a LAN MinIO is refused by default'
            'bucket must be a valid S3 bucket name (ValidS3BucketName, :280); is_usable defaults to false (:299)'
            'only the JSON body is read (:274)'
        )
        Response = '201 {uuid} (S3StoragesController.php:308-310)'
    }
    'update-s3-storage-by-uuid' = @{
        Source = 'S3StoragesController.php:374-422 (update), :376 (allow-list), :390-399 (rules), :410 (stores only the fields sent)'
        Strict = $true
        Fields = @('name', 'description', 'endpoint', 'bucket', 'region', 'key', 'secret', 'is_usable')
        Required = @()
        Limits = @(
            'same rules as create, all optional (S3StoragesController.php:390-399); endpoint refused for private/local targets (SafeWebhookUrl)'
        )
        Response = '200 {uuid} (S3StoragesController.php:419-421)'
    }
    'validate-s3-storage-by-uuid' = @{
        Source = 'S3StoragesController.php:538-565 (validateStorage)'
        Strict = $false
        Fields = @()
        Required = @()
        Response = '200 {valid:bool, message} both on success and on failure; a failed check is 200 {valid:false, message:<error>} (S3StoragesController.php:561-564)'
    }
    'create-cloud-token' = @{
        Source = 'CloudProviderTokensController.php:247-310 (store), :249 (allow-list), :265-269 (rules), :271-284 (other field: 422)'
        Strict = $true
        Fields = @('provider', 'token', 'name')
        Required = @('provider', 'token', 'name')
        Types = @{
            provider = 'enum:hetzner,digitalocean,vultr'
        }
        Limits = @(
            'the token is checked live against the provider API; an invalid token: 400 {message} (CloudProviderTokensController.php:287-291)'
            'only the JSON body is read (:263)'
        )
        Response = '201 {uuid} (CloudProviderTokensController.php:307-309)'
    }
    'update-cloud-token-by-uuid' = @{
        Source = 'CloudProviderTokensController.php:366-422 (update), :368 (allow-list), :383-385 (rule), :387-400 (other field: 422)'
        Strict = $true
        Fields = @('name')
        Required = @('name')
        Response = '200 {uuid} (CloudProviderTokensController.php:419-421)'
    }
    'validate-cloud-token-by-uuid' = @{
        Source = 'CloudProviderTokensController.php:548-576 (validateToken), :35-68 (validateProviderToken)'
        Strict = $false
        Fields = @()
        Required = @()
        Response = '200 {valid:bool, message} both on success and on failure; a failed check is 200 {valid:false, message:<error>} (CloudProviderTokensController.php:572-575)'
    }
    'create-private-key' = @{
        Source = 'SecurityController.php:178-251 (create_key), :189-202 (rules; no allow-list), :210-220 (base64)'
        Strict = $false
        Fields = @('name', 'description', 'private_key')
        Required = @('private_key')
        Base64 = @('private_key')
        Limits = @(
            'private_key may be PEM text or base64: a value not starting with -----BEGIN is base64-decoded (SecurityController.php:210-220)'
            'invalid key: 422 (:221-226); a key whose fingerprint already exists: 422 "Private key already exists." (:227-233)'
            'defaults: name random, description "Created by Coolify via API" (:203-208); name and description max 255 (:190-191)'
            'no allow-list: unknown fields are ignored'
        )
        Response = '201 {uuid} (SecurityController.php:248-250)'
    }
    'update-private-key' = @{
        Source = 'SecurityController.php:309-360 (update_key), :311 (allow-list), :321-325 (rules), :327-340 (other field: 422); routes/api.php:121 (PATCH /security/keys/{uuid})'
        Strict = $true
        Fields = @('name', 'description', 'private_key')
        Required = @('private_key')
        Limits = @(
            'the real route is PATCH /security/keys/{uuid} (routes/api.php:121); the document says /security/keys'
            'private_key is stored as sent: no base64 decoding, no validity or fingerprint check (SecurityController.php:348), unlike create'
        )
        Response = '201 {uuid} (SecurityController.php:357-359)'
    }
    'create-cloud-init-script' = @{
        Source = 'CloudInitScriptsController.php:79-123 (store), :93-96 (rules), :97-108 (allow-list, other field: 422)'
        Strict = $true
        Fields = @('name', 'script')
        Required = @('name', 'script')
        Limits = @(
            'script is plain text (not base64): a bash script starting with #! or valid cloud-config YAML (App/Rules/ValidCloudInitYaml)'
        )
        Response = '201 the script object (CloudInitScriptsController.php:122)'
    }
    'update-cloud-init-script-by-uuid' = @{
        Source = 'CloudInitScriptsController.php:186-236 (update), :209-212 (rules), :213-224 (allow-list, other field: 422)'
        Strict = $true
        Fields = @('name', 'script')
        Required = @()
        Limits = @(
            'an empty body: 422 "At least one field must be provided." (CloudInitScriptsController.php:198-200)'
            'script: bash (#!) or cloud-config YAML, plain text'
        )
        Response = '200 the script object (CloudInitScriptsController.php:235)'
    }
    'get-hetzner-locations' = @{
        Source = 'HetznerController.php locations :91-129, HetznerController.php:98-101 (required_without rules), :26-29 (uuid preferred over id)'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:98-101'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:98-101'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given as a query parameter, else 422 (HetznerController.php:98-101)'
            'cloud_provider_token_id is a deprecated alias that also takes the token UUID, not a numeric id (:26-29)'
            'the token must belong to the team and be a hetzner token, else 404'
        )
        Response = '200 the providers list passed through; 500 {message} when the provider call fails'
    }
    'get-hetzner-server-types' = @{
        Source = 'HetznerController.php serverTypes :213-251, HetznerController.php:220-223 (required_without rules), :26-29 (uuid preferred over id)'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:220-223'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:220-223'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given as a query parameter, else 422 (HetznerController.php:220-223)'
            'cloud_provider_token_id is a deprecated alias that also takes the token UUID, not a numeric id (:26-29)'
            'the token must belong to the team and be a hetzner token, else 404'
        )
        Response = '200 the providers list passed through; 500 {message} when the provider call fails'
    }
    'get-hetzner-images' = @{
        Source = 'HetznerController.php images :313-364, HetznerController.php:320-323 (required_without rules), :26-29 (uuid preferred over id)'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:320-323'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:320-323'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given as a query parameter, else 422 (HetznerController.php:320-323)'
            'cloud_provider_token_id is a deprecated alias that also takes the token UUID, not a numeric id (:26-29)'
            'the token must belong to the team and be a hetzner token, else 404'
            'only non-deprecated images of type system are returned (HetznerController.php:348-358)'
        )
        Response = '200 the providers list passed through; 500 {message} when the provider call fails'
    }
    'get-hetzner-ssh-keys' = @{
        Source = 'HetznerController.php sshKeys :423-461, HetznerController.php:430-433 (required_without rules), :26-29 (uuid preferred over id)'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:430-433'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:430-433'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given as a query parameter, else 422 (HetznerController.php:430-433)'
            'cloud_provider_token_id is a deprecated alias that also takes the token UUID, not a numeric id (:26-29)'
            'the token must belong to the team and be a hetzner token, else 404'
        )
        Response = '200 the providers list passed through; 500 {message} when the provider call fails'
    }
    'get-hetzner-firewalls' = @{
        Source = 'HetznerController.php firewalls :518-555, HetznerController.php:525-528 (required_without rules), :26-29 (uuid preferred over id)'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:525-528'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:525-528'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given as a query parameter, else 422 (HetznerController.php:525-528)'
            'cloud_provider_token_id is a deprecated alias that also takes the token UUID, not a numeric id (:26-29)'
            'the token must belong to the team and be a hetzner token, else 404'
        )
        Response = '200 the providers list passed through; 500 {message} when the provider call fails'
    }
    'get-hetzner-networks' = @{
        Source = 'HetznerController.php networks :613-650, HetznerController.php:620-623 (required_without rules), :26-29 (uuid preferred over id)'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:620-623'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'HetznerController.php:620-623'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given as a query parameter, else 422 (HetznerController.php:620-623)'
            'cloud_provider_token_id is a deprecated alias that also takes the token UUID, not a numeric id (:26-29)'
            'the token must belong to the team and be a hetzner token, else 404'
        )
        Response = '200 the providers list passed through; 500 {message} when the provider call fails'
    }
    'create-hetzner-server' = @{
        Source = 'HetznerController.php:728-993 (createServer), :730-746 (allow-list), :759-778 (rules), :780-793 (other field: 422), :801-835 (defaults)'
        Strict = $true
        Fields = @(
            'cloud_provider_token_uuid'
            'cloud_provider_token_id'
            'location'
            'server_type'
            'image'
            'name'
            'private_key_uuid'
            'enable_ipv4'
            'enable_ipv6'
            'enable_backups'
            'hetzner_ssh_key_ids'
            'hetzner_firewall_ids'
            'hetzner_network_ids'
            'cloud_init_script'
            'instant_validate'
        )
        Required = @('location', 'server_type', 'image', 'private_key_uuid')
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Types = @{
            image = 'integer'
            hetzner_ssh_key_ids = 'integer[]'
            hetzner_firewall_ids = 'integer[]'
            hetzner_network_ids = 'integer[]'
        }
        Limits = @(
            'defaults: name random, enable_ipv4 true, enable_ipv6 true, enable_backups false, id lists empty, instant_validate false (HetznerController.php:801-825); both IP families false: 422 (:827-835)'
            'name must be a valid hostname, max 253, and is lower-cased (:765, :883)'
            'cloud_init_script is the script text (bash or cloud-config), not a script uuid (:776, :922-924)'
            'server limit of the subscription reached: 400 (:796-799); provider rate limit: 429 with Retry-After (:983-989)'
        )
        Response = '201 {uuid, hetzner_server_id, ip} (HetznerController.php:978-982)'
    }
    'get-digitalocean-regions' = @{
        Source = 'DigitalOceanController.php regions :72-89, :28-54 (digitalOceanToken: required_without rules :30-33), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (DigitalOceanController.php:30-40)'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-DigitalOcean or foreign token: 404 (:42-49)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'get-digitalocean-sizes' = @{
        Source = 'DigitalOceanController.php sizes :107-124, :28-54 (digitalOceanToken: required_without rules :30-33), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (DigitalOceanController.php:30-40)'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-DigitalOcean or foreign token: 404 (:42-49)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'get-digitalocean-images' = @{
        Source = 'DigitalOceanController.php images :142-159, :28-54 (digitalOceanToken: required_without rules :30-33), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (DigitalOceanController.php:30-40)'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-DigitalOcean or foreign token: 404 (:42-49)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'get-digitalocean-ssh-keys' = @{
        Source = 'DigitalOceanController.php sshKeys :177-194, :28-54 (digitalOceanToken: required_without rules :30-33), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'DigitalOceanController.php:30-33'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (DigitalOceanController.php:30-40)'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-DigitalOcean or foreign token: 404 (:42-49)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'create-digitalocean-server' = @{
        Source = 'DigitalOceanController.php:209-387 (createServer), :211-224 (allow-list), :237-251 (rules), :253-264 (other field: 422), :271-275 (defaults)'
        Strict = $true
        Fields = @(
            'cloud_provider_token_uuid'
            'cloud_provider_token_id'
            'region'
            'size'
            'image'
            'name'
            'private_key_uuid'
            'enable_ipv6'
            'monitoring'
            'digitalocean_ssh_key_ids'
            'cloud_init_script'
            'instant_validate'
        )
        Required = @('region', 'size', 'image', 'private_key_uuid')
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Types = @{
            cloud_provider_token_uuid = 'string'
            cloud_provider_token_id = 'string'
            region = 'string'
            size = 'string'
            image = 'string'
            name = 'string'
            private_key_uuid = 'string'
            enable_ipv6 = 'bool'
            monitoring = 'bool'
            digitalocean_ssh_key_ids = 'integer[]'
            cloud_init_script = 'string'
            instant_validate = 'bool'
        }
        Limits = @(
            'image has no type rule: a slug string or a numeric image id are both passed to DigitalOcean (DigitalOceanController.php:242, :305)'
            'defaults: name random, enable_ipv6 true, monitoring true, digitalocean_ssh_key_ids empty, instant_validate false (:271-275)'
            'name must be a valid hostname, max 253, lower-cased (:243, :300); cloud_init_script is bash or cloud-config text (:249, :311-313)'
            'server limit reached: 400 (:266-269); provider rate limit: 429 with Retry-After (:369-377)'
        )
        Response = '201 {uuid, digitalocean_droplet_id, ip}; ip is the placeholder 1.2.3.4 when the droplet had no public IP in time (DigitalOceanController.php:321, :338-350, :364-368)'
    }
    'get-vultr-regions' = @{
        Source = 'VultrController.php regions :76-88, :28-59 (getVultrToken: required_without rules :35-38), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (VultrController.php:35-45); the document lists no parameters'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-Vultr or foreign token: 404 (:47-54)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'get-vultr-plans' = @{
        Source = 'VultrController.php plans :105-117, :28-59 (getVultrToken: required_without rules :35-38), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (VultrController.php:35-45); the document lists no parameters'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-Vultr or foreign token: 404 (:47-54)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'get-vultr-operating-systems' = @{
        Source = 'VultrController.php operatingSystems :134-146, :28-59 (getVultrToken: required_without rules :35-38), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (VultrController.php:35-45); the document lists no parameters'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-Vultr or foreign token: 404 (:47-54)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'get-vultr-ssh-keys' = @{
        Source = 'VultrController.php sshKeys :163-175, :28-59 (getVultrToken: required_without rules :35-38), :23-26'
        Strict = $false
        Fields = @()
        Required = @()
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Query = @{
            cloud_provider_token_uuid = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
            cloud_provider_token_id = @{
                Type = 'string'
                Default = $null
                Source = 'VultrController.php:35-38'
            }
        }
        Limits = @(
            'one of cloud_provider_token_uuid or cloud_provider_token_id must be given, else 422 (VultrController.php:35-45); the document lists no parameters'
            'cloud_provider_token_id also takes the token UUID (:23-26); a non-Vultr or foreign token: 404 (:47-54)'
        )
        Response = '200 the providers list passed through; 500 {message} on provider failure'
    }
    'create-vultr-server' = @{
        Source = 'VultrController.php:193-396 (createServer), :195-208 (allow-list), :220-234 (rules), :236-247 (other field: 422), :254-272 (defaults)'
        Strict = $true
        Fields = @(
            'cloud_provider_token_uuid'
            'cloud_provider_token_id'
            'region'
            'plan'
            'os_id'
            'name'
            'private_key_uuid'
            'enable_ipv6'
            'disable_public_ipv4'
            'vultr_ssh_key_ids'
            'cloud_init_script'
            'instant_validate'
        )
        Required = @('region', 'plan', 'os_id', 'private_key_uuid')
        RequiredOneOf = @(, @('cloud_provider_token_uuid', 'cloud_provider_token_id'))
        Types = @{
            cloud_provider_token_uuid = 'string'
            cloud_provider_token_id = 'string'
            region = 'string'
            plan = 'string'
            os_id = 'integer'
            name = 'string'
            private_key_uuid = 'string'
            enable_ipv6 = 'bool'
            disable_public_ipv4 = 'bool'
            vultr_ssh_key_ids = 'string[]'
            cloud_init_script = 'string'
            instant_validate = 'bool'
        }
        Limits = @(
            'defaults: name random, enable_ipv6 true, disable_public_ipv4 false, vultr_ssh_key_ids empty, instant_validate false (VultrController.php:254-268)'
            'disable_public_ipv4=true with enable_ipv6=false: 422 (:270-272, :431-438)'
            'name must be a valid hostname, max 253, lower-cased (:226, :306); cloud_init_script is bash or cloud-config text (:232, :320-322)'
            'server limit reached: 400 (:249-252); provider rate limit: 429 with Retry-After (:378-386)'
        )
        Response = '201 {uuid, vultr_instance_id, ip}; ip may be the placeholder 1.2.3.4 (VultrController.php:326, :373-377)'
    }
    'update-current-team-email-notifications' = @{
        Source = 'NotificationsController.php:319 (update_email), :236-284 (updateChannel), :31-58 (rules), :190-200 (allow-list = model fillable minus team_id), :254-267 (other field: 422); app/Models/EmailNotificationSettings.php:11-45 (fillable)'
        Strict = $true
        Fields = @(
            'smtp_enabled'
            'smtp_from_address'
            'smtp_from_name'
            'smtp_recipients'
            'smtp_host'
            'smtp_port'
            'smtp_encryption'
            'smtp_username'
            'smtp_password'
            'smtp_timeout'
            'smtp_ehlo_domain'
            'resend_enabled'
            'resend_api_key'
            'use_instance_email_settings'
            'deployment_success_email_notifications'
            'deployment_failure_email_notifications'
            'status_change_email_notifications'
            'backup_success_email_notifications'
            'backup_failure_email_notifications'
            'scheduled_task_success_email_notifications'
            'scheduled_task_failure_email_notifications'
            'docker_cleanup_success_email_notifications'
            'docker_cleanup_failure_email_notifications'
            'server_disk_usage_email_notifications'
            'server_reachable_email_notifications'
            'server_unreachable_email_notifications'
            'server_patch_email_notifications'
            'traefik_outdated_email_notifications'
        )
        Required = @()
        Types = @{
            smtp_enabled = 'bool'
            smtp_from_address = 'string'
            smtp_from_name = 'string'
            smtp_recipients = 'string'
            smtp_host = 'string'
            smtp_port = 'integer'
            smtp_encryption = 'enum:starttls,tls,none'
            smtp_username = 'string'
            smtp_password = 'string'
            smtp_timeout = 'integer'
            smtp_ehlo_domain = 'string'
            resend_enabled = 'bool'
            resend_api_key = 'string'
            use_instance_email_settings = 'bool'
            deployment_success_email_notifications = 'bool'
            deployment_failure_email_notifications = 'bool'
            status_change_email_notifications = 'bool'
            backup_success_email_notifications = 'bool'
            backup_failure_email_notifications = 'bool'
            scheduled_task_success_email_notifications = 'bool'
            scheduled_task_failure_email_notifications = 'bool'
            docker_cleanup_success_email_notifications = 'bool'
            docker_cleanup_failure_email_notifications = 'bool'
            server_disk_usage_email_notifications = 'bool'
            server_reachable_email_notifications = 'bool'
            server_unreachable_email_notifications = 'bool'
            server_patch_email_notifications = 'bool'
            traefik_outdated_email_notifications = 'bool'
        }
        Limits = @(
            'the document gives no request body at all; every field is optional (sometimes rules) and only the fields sent are changed (NotificationsController.php:272)'
            'only the JSON body is read (:249); the team is the tokens team'
            'smtp_from_address must be an e-mail address; smtp_port 1-65535; smtp_timeout min 0; smtp_recipients max 1000; smtp_ehlo_domain a valid hostname or null (NotificationsController.php:32-41)'
        )
        Response = '200 the full settings object of the channel; encrypted secrets are only shown with read:sensitive (NotificationsController.php:202-209, :283)'
    }
    'update-current-team-discord-notifications' = @{
        Source = 'NotificationsController.php:357 (update_discord), :236-284 (updateChannel), :64-80 (rules), :190-200 (allow-list = model fillable minus team_id), :254-267 (other field: 422); app/Models/DiscordNotificationSettings.php:14-35 (fillable)'
        Strict = $true
        Fields = @(
            'discord_enabled'
            'discord_webhook_url'
            'deployment_success_discord_notifications'
            'deployment_failure_discord_notifications'
            'status_change_discord_notifications'
            'backup_success_discord_notifications'
            'backup_failure_discord_notifications'
            'scheduled_task_success_discord_notifications'
            'scheduled_task_failure_discord_notifications'
            'docker_cleanup_success_discord_notifications'
            'docker_cleanup_failure_discord_notifications'
            'server_disk_usage_discord_notifications'
            'server_reachable_discord_notifications'
            'server_unreachable_discord_notifications'
            'server_patch_discord_notifications'
            'traefik_outdated_discord_notifications'
            'discord_ping_enabled'
        )
        Required = @()
        Types = @{
            discord_enabled = 'bool'
            discord_webhook_url = 'string'
            deployment_success_discord_notifications = 'bool'
            deployment_failure_discord_notifications = 'bool'
            status_change_discord_notifications = 'bool'
            backup_success_discord_notifications = 'bool'
            backup_failure_discord_notifications = 'bool'
            scheduled_task_success_discord_notifications = 'bool'
            scheduled_task_failure_discord_notifications = 'bool'
            docker_cleanup_success_discord_notifications = 'bool'
            docker_cleanup_failure_discord_notifications = 'bool'
            server_disk_usage_discord_notifications = 'bool'
            server_reachable_discord_notifications = 'bool'
            server_unreachable_discord_notifications = 'bool'
            server_patch_discord_notifications = 'bool'
            traefik_outdated_discord_notifications = 'bool'
            discord_ping_enabled = 'bool'
        }
        Limits = @(
            'the document gives no request body at all; every field is optional (sometimes rules) and only the fields sent are changed (NotificationsController.php:272)'
            'only the JSON body is read (:249); the team is the tokens team'
            'discord_webhook_url must be a public http(s) URL (SafeWebhookUrl, NotificationsController.php:65)'
        )
        Response = '200 the full settings object of the channel; encrypted secrets are only shown with read:sensitive (NotificationsController.php:202-209, :283)'
    }
    'update-current-team-slack-notifications' = @{
        Source = 'NotificationsController.php:395 (update_slack), :236-284 (updateChannel), :86-101 (rules), :190-200 (allow-list = model fillable minus team_id), :254-267 (other field: 422); app/Models/SlackNotificationSettings.php:14-34 (fillable)'
        Strict = $true
        Fields = @(
            'slack_enabled'
            'slack_webhook_url'
            'deployment_success_slack_notifications'
            'deployment_failure_slack_notifications'
            'status_change_slack_notifications'
            'backup_success_slack_notifications'
            'backup_failure_slack_notifications'
            'scheduled_task_success_slack_notifications'
            'scheduled_task_failure_slack_notifications'
            'docker_cleanup_success_slack_notifications'
            'docker_cleanup_failure_slack_notifications'
            'server_disk_usage_slack_notifications'
            'server_reachable_slack_notifications'
            'server_unreachable_slack_notifications'
            'server_patch_slack_notifications'
            'traefik_outdated_slack_notifications'
        )
        Required = @()
        Types = @{
            slack_enabled = 'bool'
            slack_webhook_url = 'string'
            deployment_success_slack_notifications = 'bool'
            deployment_failure_slack_notifications = 'bool'
            status_change_slack_notifications = 'bool'
            backup_success_slack_notifications = 'bool'
            backup_failure_slack_notifications = 'bool'
            scheduled_task_success_slack_notifications = 'bool'
            scheduled_task_failure_slack_notifications = 'bool'
            docker_cleanup_success_slack_notifications = 'bool'
            docker_cleanup_failure_slack_notifications = 'bool'
            server_disk_usage_slack_notifications = 'bool'
            server_reachable_slack_notifications = 'bool'
            server_unreachable_slack_notifications = 'bool'
            server_patch_slack_notifications = 'bool'
            traefik_outdated_slack_notifications = 'bool'
        }
        Limits = @(
            'the document gives no request body at all; every field is optional (sometimes rules) and only the fields sent are changed (NotificationsController.php:272)'
            'only the JSON body is read (:249); the team is the tokens team'
            'slack_webhook_url must be a public http(s) URL (SafeWebhookUrl, NotificationsController.php:87)'
        )
        Response = '200 the full settings object of the channel; encrypted secrets are only shown with read:sensitive (NotificationsController.php:202-209, :283)'
    }
    'update-current-team-telegram-notifications' = @{
        Source = 'NotificationsController.php:433 (update_telegram), :236-284 (updateChannel), :107-137 (rules), :190-200 (allow-list = model fillable minus team_id), :254-267 (other field: 422); app/Models/TelegramNotificationSettings.php:14-50 (fillable)'
        Strict = $true
        Fields = @(
            'telegram_enabled'
            'telegram_token'
            'telegram_chat_id'
            'deployment_success_telegram_notifications'
            'deployment_failure_telegram_notifications'
            'status_change_telegram_notifications'
            'backup_success_telegram_notifications'
            'backup_failure_telegram_notifications'
            'scheduled_task_success_telegram_notifications'
            'scheduled_task_failure_telegram_notifications'
            'docker_cleanup_success_telegram_notifications'
            'docker_cleanup_failure_telegram_notifications'
            'server_disk_usage_telegram_notifications'
            'server_reachable_telegram_notifications'
            'server_unreachable_telegram_notifications'
            'server_patch_telegram_notifications'
            'traefik_outdated_telegram_notifications'
            'telegram_notifications_deployment_success_thread_id'
            'telegram_notifications_deployment_failure_thread_id'
            'telegram_notifications_status_change_thread_id'
            'telegram_notifications_backup_success_thread_id'
            'telegram_notifications_backup_failure_thread_id'
            'telegram_notifications_scheduled_task_success_thread_id'
            'telegram_notifications_scheduled_task_failure_thread_id'
            'telegram_notifications_docker_cleanup_success_thread_id'
            'telegram_notifications_docker_cleanup_failure_thread_id'
            'telegram_notifications_server_disk_usage_thread_id'
            'telegram_notifications_server_reachable_thread_id'
            'telegram_notifications_server_unreachable_thread_id'
            'telegram_notifications_server_patch_thread_id'
            'telegram_notifications_traefik_outdated_thread_id'
        )
        Required = @()
        Types = @{
            telegram_enabled = 'bool'
            telegram_token = 'string'
            telegram_chat_id = 'string'
            deployment_success_telegram_notifications = 'bool'
            deployment_failure_telegram_notifications = 'bool'
            status_change_telegram_notifications = 'bool'
            backup_success_telegram_notifications = 'bool'
            backup_failure_telegram_notifications = 'bool'
            scheduled_task_success_telegram_notifications = 'bool'
            scheduled_task_failure_telegram_notifications = 'bool'
            docker_cleanup_success_telegram_notifications = 'bool'
            docker_cleanup_failure_telegram_notifications = 'bool'
            server_disk_usage_telegram_notifications = 'bool'
            server_reachable_telegram_notifications = 'bool'
            server_unreachable_telegram_notifications = 'bool'
            server_patch_telegram_notifications = 'bool'
            traefik_outdated_telegram_notifications = 'bool'
            telegram_notifications_deployment_success_thread_id = 'string'
            telegram_notifications_deployment_failure_thread_id = 'string'
            telegram_notifications_status_change_thread_id = 'string'
            telegram_notifications_backup_success_thread_id = 'string'
            telegram_notifications_backup_failure_thread_id = 'string'
            telegram_notifications_scheduled_task_success_thread_id = 'string'
            telegram_notifications_scheduled_task_failure_thread_id = 'string'
            telegram_notifications_docker_cleanup_success_thread_id = 'string'
            telegram_notifications_docker_cleanup_failure_thread_id = 'string'
            telegram_notifications_server_disk_usage_thread_id = 'string'
            telegram_notifications_server_reachable_thread_id = 'string'
            telegram_notifications_server_unreachable_thread_id = 'string'
            telegram_notifications_server_patch_thread_id = 'string'
            telegram_notifications_traefik_outdated_thread_id = 'string'
        }
        Limits = @(
            'the document gives no request body at all; every field is optional (sometimes rules) and only the fields sent are changed (NotificationsController.php:272)'
            'only the JSON body is read (:249); the team is the tokens team'
            'telegram_token, telegram_chat_id and the thread ids are strings, max 255 (NotificationsController.php:108-137)'
        )
        Response = '200 the full settings object of the channel; encrypted secrets are only shown with read:sensitive (NotificationsController.php:202-209, :283)'
    }
    'update-current-team-pushover-notifications' = @{
        Source = 'NotificationsController.php:471 (update_pushover), :236-284 (updateChannel), :143-159 (rules), :190-200 (allow-list = model fillable minus team_id), :254-267 (other field: 422); app/Models/PushoverNotificationSettings.php:14-35 (fillable)'
        Strict = $true
        Fields = @(
            'pushover_enabled'
            'pushover_user_key'
            'pushover_api_token'
            'deployment_success_pushover_notifications'
            'deployment_failure_pushover_notifications'
            'status_change_pushover_notifications'
            'backup_success_pushover_notifications'
            'backup_failure_pushover_notifications'
            'scheduled_task_success_pushover_notifications'
            'scheduled_task_failure_pushover_notifications'
            'docker_cleanup_success_pushover_notifications'
            'docker_cleanup_failure_pushover_notifications'
            'server_disk_usage_pushover_notifications'
            'server_reachable_pushover_notifications'
            'server_unreachable_pushover_notifications'
            'server_patch_pushover_notifications'
            'traefik_outdated_pushover_notifications'
        )
        Required = @()
        Types = @{
            pushover_enabled = 'bool'
            pushover_user_key = 'string'
            pushover_api_token = 'string'
            deployment_success_pushover_notifications = 'bool'
            deployment_failure_pushover_notifications = 'bool'
            status_change_pushover_notifications = 'bool'
            backup_success_pushover_notifications = 'bool'
            backup_failure_pushover_notifications = 'bool'
            scheduled_task_success_pushover_notifications = 'bool'
            scheduled_task_failure_pushover_notifications = 'bool'
            docker_cleanup_success_pushover_notifications = 'bool'
            docker_cleanup_failure_pushover_notifications = 'bool'
            server_disk_usage_pushover_notifications = 'bool'
            server_reachable_pushover_notifications = 'bool'
            server_unreachable_pushover_notifications = 'bool'
            server_patch_pushover_notifications = 'bool'
            traefik_outdated_pushover_notifications = 'bool'
        }
        Limits = @(
            'the document gives no request body at all; every field is optional (sometimes rules) and only the fields sent are changed (NotificationsController.php:272)'
            'only the JSON body is read (:249); the team is the tokens team'
            'pushover_user_key and pushover_api_token are strings, max 255 (NotificationsController.php:144-145)'
        )
        Response = '200 the full settings object of the channel; encrypted secrets are only shown with read:sensitive (NotificationsController.php:202-209, :283)'
    }
    'update-current-team-webhook-notifications' = @{
        Source = 'NotificationsController.php:509 (update_webhook), :236-284 (updateChannel), :165-180 (rules), :190-200 (allow-list = model fillable minus team_id), :254-267 (other field: 422); app/Models/WebhookNotificationSettings.php:14-34 (fillable)'
        Strict = $true
        Fields = @(
            'webhook_enabled'
            'webhook_url'
            'deployment_success_webhook_notifications'
            'deployment_failure_webhook_notifications'
            'status_change_webhook_notifications'
            'backup_success_webhook_notifications'
            'backup_failure_webhook_notifications'
            'scheduled_task_success_webhook_notifications'
            'scheduled_task_failure_webhook_notifications'
            'docker_cleanup_success_webhook_notifications'
            'docker_cleanup_failure_webhook_notifications'
            'server_disk_usage_webhook_notifications'
            'server_reachable_webhook_notifications'
            'server_unreachable_webhook_notifications'
            'server_patch_webhook_notifications'
            'traefik_outdated_webhook_notifications'
        )
        Required = @()
        Types = @{
            webhook_enabled = 'bool'
            webhook_url = 'string'
            deployment_success_webhook_notifications = 'bool'
            deployment_failure_webhook_notifications = 'bool'
            status_change_webhook_notifications = 'bool'
            backup_success_webhook_notifications = 'bool'
            backup_failure_webhook_notifications = 'bool'
            scheduled_task_success_webhook_notifications = 'bool'
            scheduled_task_failure_webhook_notifications = 'bool'
            docker_cleanup_success_webhook_notifications = 'bool'
            docker_cleanup_failure_webhook_notifications = 'bool'
            server_disk_usage_webhook_notifications = 'bool'
            server_reachable_webhook_notifications = 'bool'
            server_unreachable_webhook_notifications = 'bool'
            server_patch_webhook_notifications = 'bool'
            traefik_outdated_webhook_notifications = 'bool'
        }
        Limits = @(
            'the document gives no request body at all; every field is optional (sometimes rules) and only the fields sent are changed (NotificationsController.php:272)'
            'only the JSON body is read (:249); the team is the tokens team'
            'webhook_url must be a public http(s) URL (SafeWebhookUrl, NotificationsController.php:166)'
        )
        Response = '200 the full settings object of the channel; encrypted secrets are only shown with read:sensitive (NotificationsController.php:202-209, :283)'
    }
    'get-instance-email-settings' = @{
        Summary = 'Get the instance e-mail (SMTP and Resend) settings.'
        Method = 'GET'
        Path = '/settings/email'
        Ability = 'read'
        Source = 'routes/api.php:87 (GET /settings/email, api.ability:read); InstanceEmailSettingsController.php:32-38 (show), :84-89 (root team), :91-96 (serialize), :15-19 (FIELDS)'
        Strict = $false
        Fields = @()
        Required = @()
        Limits = @(
            'not in the OpenAPI document'
            'needs a token of the root team (team id 0) whose user is a root-team admin or owner, else 403 (InstanceEmailSettingsController.php:86-88)'
            'token ability read (or root) (routes/api.php:87)'
        )
        Response = '200 {smtp_enabled,smtp_from_address,smtp_from_name,smtp_host,smtp_port,smtp_encryption,smtp_username,smtp_password,smtp_timeout,smtp_ehlo_domain,resend_enabled,resend_api_key}; smtp_from_address, smtp_from_name, smtp_host, smtp_username, smtp_password and resend_api_key appear only with read:sensitive or root (InstanceEmailSettingsController.php:91-96; app/Models/InstanceSettings.php:62-72)'
    }
    'update-instance-email-settings' = @{
        Summary = 'Update the instance e-mail (SMTP and Resend) settings.'
        Method = 'PATCH'
        Path = '/settings/email'
        Ability = 'write:sensitive'
        Source = 'routes/api.php:88 (PATCH /settings/email, api.ability:write:sensitive); InstanceEmailSettingsController.php:52-82 (update), :57-70 (rules), :76 (fills only validated fields), :84-89 (root team)'
        Strict = $false
        Fields = @(
            'smtp_enabled'
            'smtp_from_address'
            'smtp_from_name'
            'smtp_host'
            'smtp_port'
            'smtp_encryption'
            'smtp_username'
            'smtp_password'
            'smtp_timeout'
            'smtp_ehlo_domain'
            'resend_enabled'
            'resend_api_key'
        )
        Required = @()
        Types = @{
            smtp_enabled = 'bool'
            smtp_from_address = 'string'
            smtp_from_name = 'string'
            smtp_host = 'string'
            smtp_port = 'integer'
            smtp_encryption = 'enum:starttls,tls,none'
            smtp_username = 'string'
            smtp_password = 'string'
            smtp_timeout = 'integer'
            smtp_ehlo_domain = 'string'
            resend_enabled = 'bool'
            resend_api_key = 'string'
        }
        Limits = @(
            'not in the OpenAPI document'
            'token ability write:sensitive (or root) (routes/api.php:88), and a root-team (team id 0) token of a root-team admin or owner, else 403 (InstanceEmailSettingsController.php:86-88)'
            'all fields optional (sometimes); strings nullable; smtp_from_address an e-mail address; smtp_port 1-65535; smtp_timeout min 0; smtp_ehlo_domain a hostname; string fields max 255 (:58-69)'
            'no allow-list: unknown fields are silently dropped, only validated fields are saved (:76); no JSON/empty-body check, only the JSON body is read (:57)'
        )
        Response = '200 the same 12-field object as GET, after the update (InstanceEmailSettingsController.php:81)'
    }
}
