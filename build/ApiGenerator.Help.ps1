# Help text of the generated cmdlets, for build/New-ApiCmdlets.ps1: the synopsis, description, examples and
# parameter descriptions it writes as XML doc comments, from which build/Write-MamlHelp.ps1 makes the MAML
# help. Plain words come from build/api-help.psd1 (written by hand, per cmdlet and per parameter name);
# what it leaves out is composed here from the cmdlet model: the verb, the resource, the parameter sets,
# the mandatory parameters and what binds from the pipeline. The OpenAPI text is used where it is good
# (most field descriptions), never as the whole description.

# How to get a resource in an example, as a pipeline whose last object binds the resource's id (and its
# parents' ids). The names are those of the simulator's seed data where the simulator has the resource.
$script:ResourceSources = @{
    Application             = "Get-CoolifyApplication -Name web-frontend"
    ApplicationDestination  = "Get-CoolifyApplication -Name web-frontend | Get-CoolifyApplicationDestination"
    CloudInitScript         = "Get-CoolifyCloudInitScript -Name docker-host"
    CloudToken              = "Get-CoolifyCloudToken -Name hetzner"
    Database                = "Get-CoolifyDatabase -Name main-db"
    DatabaseBackup          = "Get-CoolifyDatabase -Name main-db | Get-CoolifyDatabaseBackup"
    DatabaseBackupExecution = "Get-CoolifyDatabase -Name main-db | Get-CoolifyDatabaseBackup | Get-CoolifyDatabaseBackupExecution"
    Deployment              = "Get-CoolifyDeployment"
    Destination             = "Get-CoolifyDestination -Name staging-network"
    GitHubApp               = "Get-CoolifyGitHubApp -Name acme-github"
    GitLabApp               = "Get-CoolifyGitLabApp -Name gitlab-com"
    PrivateKey              = "Get-CoolifyPrivateKey -Name old-deploy-key"
    Project                 = "Get-CoolifyProject -Name web"
    S3Storage               = "Get-CoolifyS3Storage -Name offsite-backups"
    ScheduledTask           = "Get-CoolifyApplication -Name web-frontend | Get-CoolifyScheduledTask -Name nightly-cleanup"
    'ScheduledTask@ServiceUuid' = "Get-CoolifyService -Name n8n | Get-CoolifyScheduledTask -Name export-workflows"
    'ScheduledTask@ScheduledTaskUuid,ServiceUuid' = "Get-CoolifyService -Name n8n | Get-CoolifyScheduledTask -Name export-workflows"
    'ScheduledTask@ApplicationUuid,ScheduledTaskUuid' = "Get-CoolifyApplication -Name web-frontend | Get-CoolifyScheduledTask -Name nightly-cleanup"
    'SharedVariable@ProjectUuid' = "Get-CoolifyProject -Name web | Get-CoolifySharedVariable | Where-Object Key -eq 'API_BASE_URL'"
    'SharedVariable@EnvironmentName,ProjectUuid' = "Get-CoolifyProject -Name web | Get-CoolifySharedVariable -EnvironmentName production | Where-Object Key -eq 'API_BASE_URL'"
    'SharedVariable@ServerUuid' = "Get-CoolifyServer -Name edge-1 | Get-CoolifySharedVariable | Where-Object Key -eq 'API_BASE_URL'"
    Server                  = "Get-CoolifyServer -Name edge-1"
    Service                 = "Get-CoolifyService -Name n8n"
    ServiceApplication      = "Get-CoolifyService -Name n8n | Get-CoolifyServiceApplication"
    ServiceDatabase         = "Get-CoolifyService -Name n8n | Get-CoolifyServiceDatabase"
    SharedVariable          = "Get-CoolifySharedVariable | Where-Object Key -eq 'API_BASE_URL'"
    Tag                     = "Get-CoolifyTag -Name staging"
}

# Resources that are a parent's settings rather than things of their own.
$script:SettingsResources = @('ServerCloudflareTunnel', 'ServerDockerCleanup', 'ServerLogDrain', 'ServerProxy', 'ServerSentinel', 'NotificationSetting')

# The resource a parent id parameter names.
$script:ParentResources = @{
    ApplicationUuid = 'Application'; ServiceUuid = 'Service'; DatabaseUuid = 'Database'; ServerUuid = 'Server'; ProjectUuid = 'Project'
    ScheduledTaskUuid = 'ScheduledTask'; DatabaseBackupUuid = 'DatabaseBackup'; GitHubAppId = 'GitHubApp'; GitLabAppId = 'GitLabApp'
}

function ConvertTo-DocText([string] $Text) {
    if (-not $Text) { return '' }
    ($Text -replace "`r?`n", ' ' -replace '\s+', ' ').Trim().Replace('&', '&amp;').Replace('<', '&lt;').Replace('>', '&gt;')
}

function ConvertTo-DocCode([string] $Text) {
    ($Text -replace "`r", '').Trim("`n").Replace('&', '&amp;').Replace('<', '&lt;').Replace('>', '&gt;')
}

# A sentence as help shows it: trimmed, starting with a capital, ending with a full stop; backticks of the
# OpenAPI Markdown dropped.
function Format-Sentence([string] $Text) {
    $t = ($Text -replace '`', '' -replace '\s+', ' ').Trim()
    if (-not $t) { return '' }
    $t = $t.Substring(0, 1).ToUpperInvariant() + $t.Substring(1)
    if ($t -notmatch '[.!?)]$') { $t += '.' }
    $t
}

function Get-Plural([string] $Words) {
    if ($Words -match 'y$' -and $Words -notmatch '(ay|ey|oy)$') { return ($Words -replace 'y$', 'ies') }
    if ($Words -match '(s|sh|ch|x)$') { return $Words + 'es' }
    $Words + 's'
}

# The resource in words for help text (the -WhatIf wording of Get-ActionText, with Coolify's spelling).
function Get-HelpWords([string] $Resource) {
    (Get-ActionText 'Get' $Resource).Noun -replace 'cloud init', 'cloud-init'
}

function Get-Article([string] $Word) { if ($Word -match '^[aeiouAEIOU]') { 'an' } else { 'a' } }

# What a verb does, for the opening sentence of a made description.
$script:VerbPhrases = @{
    Add = 'adds'; Copy = 'clones'; Move = 'moves'; Test = 'validates'; Invoke = 'runs'; Enable = 'enables'; Disable = 'disables'
    Export = 'exports'; Import = 'imports'; Register = 'claims'; Restore = 'rolls back'; Complete = 'completes the transfer of'
    Start = 'starts'; Stop = 'stops'; Restart = 'restarts'; New = 'creates'; Set = 'changes'; Remove = 'deletes'; Get = 'gets'; Deploy = 'deploys'
}

# True when the document's description says more than a restatement of the route.
function Test-Informative([string] $Text, [string] $Synopsis) {
    if (-not $Text -or $Text.Length -lt 50) { return $false }
    if ($Text -match '^(Delete|Update|Get|List|Create)\b[\w\s-]* by (UUID|id)\.?$') { return $false }
    $Text.TrimEnd('.') -ne $Synopsis.TrimEnd('.')
}

function Get-HelpData {
    if (-not $script:HelpData) { $script:HelpData = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'api-help.psd1') }
    $script:HelpData
}

# Descriptions for the parameters: the hand-written text first, then the document's, then one made from
# the name, so no parameter is ever left without words.
function Get-ParameterHelp($Cmdlet, $Param) {
    $data = Get-HelpData
    $own = $data.Cmdlets[$Cmdlet.Name]
    if ($own -and $own.Parameters -and $own.Parameters.Contains($Param.Name)) { return Format-Sentence $own.Parameters[$Param.Name] }
    $words = Get-HelpWords $Cmdlet.Resource
    switch ($Param.Kind) {
        'path' {
            if ($Param.PSObject.Properties['Own'] -and $Param.Own) {
                $label = if ($Param.Type -like 'long*') { 'Integer id' } else { 'Id' }
                $text = if ($Param.Type -like '*[[]]') { "$($label)s of the $(Get-Plural $words)" } else { "$label of the $words" }
                if ($Param.ByValue) { return "$text; plain ids and piped $words objects bind it." }
                return "$text; a piped $words object binds it (together with the ids of what it belongs to)."
            }
            $parent = $ParentResources[$Param.Name]
            if ($parent) {
                $parentWords = Get-HelpWords $parent
                # Below a scheduled task or a backup schedule, the top parent is that one's.
                $deeper = @($Cmdlet.Parameters.Values | Where-Object { $_.Name -in 'ScheduledTaskUuid', 'DatabaseBackupUuid' -and $_.Name -ne $Param.Name })[0]
                if ($deeper) { return "Id of the $parentWords the $(Get-HelpWords $ParentResources[$deeper.Name]) belongs to; a piped $parentWords (or anything of it) binds it." }
                if ($Cmdlet.Resource -in $SettingsResources -or $words.StartsWith("$parentWords ") -or $Cmdlet.OutputType -eq 'CoolifyLogText') {
                    return "Id of the $parentWords; a piped $parentWords (or anything of it) binds it."
                }
                return "Id of the $parentWords the $words belongs to; a piped $parentWords (or anything of it) binds it."
            }
            if ($data.Parameters.Contains($Param.Name)) { return Format-Sentence $data.Parameters[$Param.Name] }
        }
        'discriminator' {
            return "Which kind of $words to address: $($Param.ValidateSet -join ', '). It chooses the API route, and which other parameters apply."
        }
        'selector' { return "Uses the $($Param.Name) form of the route instead of the default one." }
        'force' { return 'Deletes without asking for confirmation (as -Confirm:$false does).' }
        'filter' { return 'Names to keep; wildcards are allowed. The list is filtered on this computer, and a plain name that matches nothing is an error.' }
    }
    if ($Param.Description) {
        # The document names other fields by their wire names: say the parameters instead.
        $text = $Param.Description
        foreach ($other in $Cmdlet.Parameters.Values | Where-Object { $_.Wire -and $_.Wire -match '_' }) {
            $text = $text -replace "\b$([regex]::Escape($other.Wire))\b", "-$($other.Name)"
        }
        return Format-Sentence $text
    }
    if ($data.Parameters.Contains($Param.Name)) { return Format-Sentence $data.Parameters[$Param.Name] }
    if ($Param.Name -eq 'Name') { return "Name of the $words." }
    if ($Param.Name -eq 'Description') { return "A description of the $words." }
    $field = ($Param.Wire -replace '_', ' ')
    "The $field setting of the $words (Coolify's $($Param.Wire) field)."
}

function Get-SetSentence($Cmdlet, $Entry) {
    $set = $Entry.Set
    $everywhere = { param($p) @($Cmdlet.Entries | Where-Object { -not ($p.Sets.Contains($_.Set) -and $p.Sets[$_.Set]) }).Count -eq 0 }
    $distinct = @($Cmdlet.Parameters.Values | Where-Object { $_.Sets.Contains($set) -and $_.Sets[$set] -and -not (& $everywhere $_) })
    $plural = Get-Plural $Cmdlet.Words
    $parents = @($distinct | Where-Object { $_.Kind -eq 'path' -and $ParentResources.ContainsKey($_.Name) })
    if ($distinct.Count -eq 0) {
        return "Without those, it works on the team's $plural."
    }
    $names = ($distinct | ForEach-Object { "-$($_.Name)" }) -join ' and '
    if ($parents.Count -eq $distinct.Count -or ($parents.Count -and @($distinct | Where-Object { $_.Kind -eq 'path' }).Count -eq $distinct.Count)) {
        $owner = (Get-ActionText 'Get' $ParentResources[$parents[-1].Name]).Noun
        if ($distinct.Name -contains 'EnvironmentName') { $owner = 'project environment' }
        return "With $names, it works on the $plural of $(Get-Article $owner) $owner."
    }
    $text = Format-Sentence (($Entry.Op.summary ?? $Entry.OperationId) -replace '\s*\(type=\w+\)', '')
    "With ${names}: $text"
}

function Get-GeneratedRemarks($Cmdlet, $Own, [string] $Synopsis) {
    $paras = [System.Collections.Generic.List[string]]::new()
    $words = Get-HelpWords $Cmdlet.Resource
    $plural = Get-Plural $words
    $ownId = @($Cmdlet.Parameters.Values | Where-Object { $_.Kind -eq 'path' -and $_.PSObject.Properties['Own'] -and $_.Own })[0]
    $parents = @($Cmdlet.Parameters.Values | Where-Object { $_.Kind -eq 'path' -and $ParentResources.ContainsKey($_.Name) -and -not ($_.PSObject.Properties['Own'] -and $_.Own) })
    if ($Own -and $Own.Description) {
        foreach ($p in @($Own.Description)) { $paras.Add($p) }
    }
    else {
        $spec = @($Cmdlet.Entries | ForEach-Object { Format-Sentence $_.Op.description } | Where-Object { $_ } | Select-Object -Unique)
        if ($spec.Count -eq 1 -and (Test-Informative $spec[0] $Synopsis)) { $paras.Add("In Coolify's words: $($spec[0])") }
        # The opening sentence: the verb, and what it works on.
        $verb = $VerbPhrases[$Cmdlet.Verb] ?? ($Cmdlet.Verb.ToLowerInvariant() + 's')
        $parentWords = if ($parents.Count) { Get-HelpWords $ParentResources[$parents[-1].Name] } else { $null }
        $short = if ($parentWords) { $words -replace "^$([regex]::Escape($parentWords)) ", '' } else { $words }
        $object = if ($ownId -and $ownId.Type -like '*[[]]') { "each $words whose id it is given or that is piped to it" }
        elseif ($ownId) { "the $words whose id it is given" }
        elseif ($parentWords -and $Cmdlet.Resource -in $SettingsResources) { "the $short settings of $(Get-Article $parentWords) $parentWords" }
        elseif ($parentWords) { "the $(Get-Plural $short) of $(Get-Article $parentWords) $parentWords" }
        elseif ($Cmdlet.Verb -eq 'Get') { "the $plural the token's team can see" }
        else { "$(Get-Article $words) $words" }
        if (-not ($Cmdlet.Verb -eq 'Get' -and -not $Cmdlet.SingleSet)) { $paras.Insert(0, "$($Cmdlet.Name) $verb $object, through Coolify's API.") }
    }

    $all = '__AllParameterSets'
    if ($Cmdlet.Discriminated) {
        $disc = $Cmdlet.Discriminator
        $kinds = ($Cmdlet.Entries | ForEach-Object { $_.Options.type }) -join ', '
        $paras.Add("-$disc ($kinds) chooses the API route and which parameters apply: a parameter that the chosen kind does not take is refused, and one it needs is required, before anything is sent.")
    }
    elseif (-not $Cmdlet.SingleSet) {
        $sets = @($Cmdlet.Entries | ForEach-Object { $_.Set } | Select-Object -Unique)
        if ((@($sets) -join ',') -in 'List,ByUuid', 'List,ByUuid,Application', 'List,ByUuid,Server') {
            $idParam = @($Cmdlet.Parameters.Values | Where-Object { $_.Sets.Contains('ByUuid') -and $_.Kind -eq 'path' })[0]
            $text = "Without parameters it lists every $words the token's team can see; with -$($idParam.Name) it gets each $words by id, which may return more fields than the list."
            if ($sets -contains 'Application') { $text += " With -ApplicationUuid it lists one application's $plural." }
            if ($sets -contains 'Server') { $text += " With -ServerUuid it lists those of one server." }
            $paras.Add($text)
        }
        else {
            $sentences = @(foreach ($e in $Cmdlet.Entries) { Get-SetSentence $Cmdlet $e })
            if (-not ($Own -and $Own.Description) -or -not @($sentences | Where-Object { $_ -match ': ' }).Count) {
                $paras.Add("The parameters you give choose the route. $($sentences -join ' ')")
            }
        }
    }

    # What binds from the pipeline.
    if ($ownId -and $ownId.ByValue) {
        $given = if ($ownId.Type -like 'long*') { 'numbers' } else { 'strings' }
        $article = if ($ownId.Name -like 'Id*') { 'an' } else { 'a' }
        $paras.Add("Ids come from the pipeline: $given, or objects with $article $($ownId.Name) property such as the $plural that Get-Coolify$($Cmdlet.Resource) writes. Each id is checked before it goes into a URL, and a failure for one id is an error for that id only.")
    }
    elseif ($parents.Count) {
        $names = @($parents | ForEach-Object { "-$($_.Name)" }) + @(if ($ownId) { "-$($ownId.Name)" })
        $what = if ($names.Count -gt 1) { ($names[0..($names.Count - 2)] -join ', ') + ' and ' + $names[-1] } else { $names[0] }
        $source = if ($ownId) { $ResourceSources[$Cmdlet.Resource] } else { $null }
        $from = if ($source) { " $($source.Split('|')[-1].Trim().Split(' ')[0]) writes objects that carry them all." } else { '' }
        $paras.Add("Piped objects bind $what by property name, so the output of the cmdlet that lists the parent can be piped straight in.$from")
    }

    if ($Cmdlet.Parameters.Values | Where-Object NameFilter) {
        $paras.Add("-Name filters the answer on this computer: wildcards are allowed, and a plain name that matches nothing is an error (ErrorId CoolifyResourceNotFound), as with Get-Process -Name.")
    }

    $reads = @($Cmdlet.Entries | Where-Object Method -eq 'GET').Count -eq $Cmdlet.Entries.Count
    $body = @($Cmdlet.Parameters.Values | Where-Object Kind -eq 'body')
    switch ($Cmdlet.Verb) {
        'Set' {
            if ($body.Count) { $paras.Add("Only the parameters you give are sent, so everything else stays as it is. A command that gives none is refused before anything is sent. -WhatIf shows what would change.") }
        }
        'Remove' { $paras.Add("Deleting asks for confirmation (ConfirmImpact High): -Force or -Confirm:`$false skips the question, and -WhatIf shows what would be deleted without deleting it. Nothing is written to the pipeline; -Verbose shows Coolify's answer.") }
        default {
            if (-not $reads) { $paras.Add("-WhatIf shows what would be sent without sending it, and -Confirm asks before each request.") }
        }
    }
    $switches = @($body | Where-Object Type -eq 'SwitchParameter')
    if ($switches.Count -and $Cmdlet.Verb -in 'New', 'Set', 'Import') {
        $paras.Add("Switches such as -$($switches[0].Name) send true when given and false when given as -$($switches[0].Name):`$false; a switch left out is not sent, so Coolify keeps (or picks) its own value.")
    }
    $encoded = @($Cmdlet.Parameters.Values | Where-Object Base64)
    if ($encoded.Count -eq 1) { $paras.Add("-$($encoded[0].Name) takes plain text: the module base64-encodes it as Coolify expects.") }
    elseif ($encoded.Count) { $paras.Add("$(($encoded | ForEach-Object { "-$($_.Name)" }) -join ' and ') take plain text: the module base64-encodes them as Coolify expects.") }
    $secrets = @($Cmdlet.Parameters.Values | Where-Object Secret)
    if ($secrets.Count) { $paras.Add("$(($secrets | ForEach-Object { "-$($_.Name)" }) -join ', ') $(if ($secrets.Count -eq 1) { 'is a SecureString' } else { 'are SecureStrings' }) (from Read-Host -AsSecureString, Get-Secret or ConvertTo-SecureString), so the secret stays out of your history and logs.") }
    if ($Cmdlet.Parameters.Values | Where-Object Kind -eq 'bodymap') {
        $paras.Add("The API document does not list this route's fields, so -Property takes them as a hashtable with Coolify's own field names (snake_case), sent as they are.")
    }
    if ($Cmdlet.OutputType -eq 'CoolifyActionResult' -and $Cmdlet.Verb -ne 'Remove') {
        $paras.Add("It writes what Coolify answered as a CoolifyActionResult (Uuid, Action, Message). Coolify queues most actions, so the result means accepted, not finished.")
    }
    if ($paras.Count -eq 0) { $paras.Add("It calls the Coolify API and writes the answer as $($Cmdlet.OutputType) objects.") }
    $paras.ToArray()
}

function Get-SampleValue($Cmdlet, $Param) {
    $data = Get-HelpData
    $own = $data.Cmdlets[$Cmdlet.Name]
    if ($own -and $own.Samples -and $own.Samples.Contains($Param.Name)) { return $own.Samples[$Param.Name] }
    if ($data.Samples.Contains($Param.Name)) { return $data.Samples[$Param.Name] }
    if ($Param.ValidateSet) { return [string]$Param.ValidateSet[0] }
    switch -Wildcard ($Param.Type) {
        'SwitchParameter' { return $null }
        'long*' { return '1' }
        'System.Security.SecureString' { return '(Read-Host -AsSecureString)' }
        default { return "'$($Param.Wire -replace '_', '-')'" }
    }
}

function Format-Arguments($Cmdlet, [object[]] $Params) {
    ($Params | ForEach-Object {
            $v = Get-SampleValue $Cmdlet $_
            if ($null -eq $v) { "-$($_.Name)" } else { "-$($_.Name) $v" }
        }) -join ' '
}

# For a Set- example: the one field to change (a hand-picked sample first, then a name, then a switch).
function Get-ExampleField($Cmdlet) {
    $body = @($Cmdlet.Parameters.Values | Where-Object { $_.Kind -in 'body', 'query' -and -not $_.Secret })
    $own = (Get-HelpData).Cmdlets[$Cmdlet.Name]
    $picked = @($body | Where-Object { $own -and $own.Samples -and $own.Samples.Contains($_.Name) })[0]
    if (-not $picked) { $picked = @($body | Where-Object { $_.Name -in 'Name', 'Description' })[0] }
    if (-not $picked) { $picked = @($body | Where-Object { $_.Type -eq 'SwitchParameter' })[0] }
    if (-not $picked) { $picked = @($body)[0] }
    $picked
}

# One or two examples made from the model, for cmdlets that api-help.psd1 gives none.
function Get-GeneratedExamples($Cmdlet) {
    $words = Get-HelpWords $Cmdlet.Resource
    $plural = Get-Plural $words
    $name = $Cmdlet.Name
    $inSet = { param($p, $s) $p.Sets.Contains($s) -or $p.Sets.Contains('__AllParameterSets') }
    $mandatoryIn = { param($s) @($Cmdlet.Parameters.Values | Where-Object { (& $inSet $_ $s) -and ($_.Sets[$s] -or $_.Sets['__AllParameterSets']) }) }
    $ownId = @($Cmdlet.Parameters.Values | Where-Object { $_.Kind -eq 'path' -and $_.PSObject.Properties['Own'] -and $_.Own })[0]
    $examples = [System.Collections.Generic.List[object]]::new()
    $reads = @($Cmdlet.Entries | Where-Object Method -eq 'GET').Count -eq $Cmdlet.Entries.Count
    $whatIf = if (-not $reads -and $Cmdlet.Verb -ne 'Test') { ' -WhatIf' } else { '' }
    $field = if ($Cmdlet.Verb -eq 'Set') { Get-ExampleField $Cmdlet } else { $null }

    foreach ($setName in @($Cmdlet.Entries | ForEach-Object { if ($Cmdlet.SingleSet) { '__AllParameterSets' } else { $_.Set } } | Select-Object -Unique)) {
        $mandatory = & $mandatoryIn $setName
        $paths = @($mandatory | Where-Object Kind -eq 'path')
        $others = @($mandatory | Where-Object { $_.Kind -notin 'path', 'discriminator', 'force' })
        if ($field -and $others -notcontains $field) { $others += $field }
        $args = Format-Arguments $Cmdlet $others
        $tail = if ($args) { " $args" } else { '' }
        if ($paths.Count -eq 0) {
            if ($Cmdlet.Verb -eq 'Get') {
                $examples.Add(@{ Title = "List the $plural"; Code = "$name$tail"; Remarks = "Writes every $words the token's team can see." })
                if ($Cmdlet.Parameters.Contains('Name') -and $Cmdlet.Parameters['Name'].NameFilter -and (& $inSet $Cmdlet.Parameters['Name'] $setName)) {
                    $sample = (Get-HelpData).Samples['NameFilter.' + $Cmdlet.Resource] ?? "'prod*'"
                    $examples.Add(@{ Title = "Find $plural by name"; Code = "$name -Name $sample$tail"; Remarks = "Keeps the $plural whose name matches; wildcards are allowed." })
                }
            }
            else {
                $examples.Add(@{ Title = "$($Cmdlet.Action.Substring(0, 1).ToUpperInvariant() + $Cmdlet.Action.Substring(1).ToLowerInvariant())"; Code = "$name$tail$whatIf"; Remarks = $(if ($whatIf) { 'Shows what would be sent; leave out -WhatIf to send it.' } else { '' }) })
            }
            continue
        }
        if ($Cmdlet.Verb -eq 'Get' -and $ownId -and ($paths -contains $ownId) -and $ownId.Type -like '*[[]]' -and $paths.Count -eq 1) {
            $id = Get-SampleValue $Cmdlet $ownId
            $examples.Add(@{ Title = "Get $plural by id"; Code = "$name -$($ownId.Name) $id"; Remarks = "Gets each $words whose id is given; ids can also come from the pipeline." })
            continue
        }
        # Ids from a pipeline that ends with the resource (own id) or its nearest parent.
        $parentNames = @($paths | Where-Object { $_ -ne $ownId } | ForEach-Object Name | Sort-Object)
        $nearest = @($parentNames | Sort-Object { $_ -notin 'ScheduledTaskUuid', 'DatabaseBackupUuid' })[0]
        $resource = if ($ownId -and ($paths -contains $ownId)) { $Cmdlet.Resource } else { $ParentResources[$nearest] }
        # A parent the table does not know (an environment named in the path) gives no pipeline to show.
        if (-not $resource) { continue }
        $source = $ResourceSources["$resource@$($parentNames -join ',')"] ?? $ResourceSources[$resource]
        if ($Cmdlet.Verb -eq 'Get' -and $resource -eq $Cmdlet.Resource) {
            # Getting one by id: the ids written out, as the list example already shows the pipeline.
            $examples.Add(@{ Title = "Get one $words by id"; Code = "$name $(Format-Arguments $Cmdlet $paths)"; Remarks = "Gets the $words whose ids are given." })
            continue
        }
        if (-not $source) { continue }
        $sourceWords = Get-HelpWords $resource
        $short = $words -replace "^$([regex]::Escape($sourceWords)) ", ''
        $title = if ($Cmdlet.Verb -eq 'Get') {
            if ($resource -eq $Cmdlet.Resource) { "Get one $words" }
            elseif ($Cmdlet.Resource -in $SettingsResources) { "Get the $short settings of $(Get-Article $sourceWords) $sourceWords" }
            else { "Get the $(Get-Plural $short) of $(Get-Article $sourceWords) $sourceWords" }
        }
        elseif ($resource -eq $Cmdlet.Resource) { "$($VerbPhrases[$Cmdlet.Verb] ?? $Cmdlet.Verb) piped $plural" -replace '^(\w)', { $_.Value.ToUpperInvariant() } -replace '^(\w+?)s ', '$1 ' }
        else { "$($Cmdlet.Verb) the $short $(if ($Cmdlet.Resource -in $SettingsResources) { 'settings ' })of $(Get-Article $sourceWords) $sourceWords" }
        $remarks = if ($whatIf) { "Shows what would be sent for each $sourceWords piped in; leave out -WhatIf to send it." } else { "The piped $sourceWords gives the ids." }
        $owner = if ($parentNames -contains 'EnvironmentName') { 'a project environment' }
        elseif ($parentNames.Count) { $top = Get-HelpWords $ParentResources[@($parentNames | Where-Object { $_ -notin 'ScheduledTaskUuid', 'DatabaseBackupUuid' })[0]]; "$(Get-Article $top) $top" }
        else { 'the team' }
        $examples.Add(@{ Title = $title; Code = "$source | $name$tail$whatIf"; Remarks = $remarks; Owner = $owner })
    }
    # Examples of several parameter sets with one title say whose they are.
    foreach ($group in $examples | Group-Object { $_.Title } | Where-Object Count -gt 1) {
        foreach ($e in $group.Group | Where-Object { $_.Owner }) { $e.Title += ", for $($e.Owner)" }
    }
    if ($Cmdlet.Verb -eq 'Remove' -and $examples.Count) {
        $first = $examples[0]
        $examples.Add(@{ Title = 'Delete without being asked'; Code = ($first.Code -replace ' -WhatIf$', ' -Force'); Remarks = '-Force skips the confirmation prompt, for scripts.' })
    }
    # Provider lookups go through a stored token of that provider.
    if ($Cmdlet.Parameters.Contains('CloudProviderTokenUuid')) {
        $provider = ($Cmdlet.Resource -replace '^(Hetzner|DigitalOcean|Vultr).*', '$1').ToLowerInvariant()
        foreach ($e in $examples) {
            if ($e.Code -notmatch 'CloudProviderTokenUuid') {
                $e.Code = "`$token = Get-CoolifyCloudToken -Name $provider`n" + ($e.Code -replace "^($([regex]::Escape($name)))", ('$1 -CloudProviderTokenUuid $$token.Uuid'))
            }
        }
    }
    # One example per distinct command line.
    $seen = @{}
    @($examples | Where-Object { -not $seen.ContainsKey($_.Code) -and ($seen[$_.Code] = $true) })
}

# The doc comment lines above a generated cmdlet class.
function Get-CmdletDocComment($Cmdlet) {
    $data = Get-HelpData
    $own = $data.Cmdlets[$Cmdlet.Name]
    $synopsis = if ($own -and $own.Synopsis) { $own.Synopsis } else { Format-Sentence ($Cmdlet.Summary ?? $Cmdlet.Description) }
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add("    /// <summary>$(ConvertTo-DocText $synopsis)</summary>")
    $lines.Add('    /// <remarks>')
    foreach ($p in Get-GeneratedRemarks $Cmdlet $own $synopsis) { $lines.Add("    /// <para>$(ConvertTo-DocText $p)</para>") }
    $lines.Add('    /// </remarks>')
    $examples = if ($own -and $own.Examples) { @($own.Examples) + @(if ($own.AddGenerated) { Get-GeneratedExamples $Cmdlet }) } else { @(Get-GeneratedExamples $Cmdlet) }
    foreach ($e in $examples) {
        $lines.Add("    /// <example>$(ConvertTo-DocText $e.Title)")
        $lines.Add('    /// <code>')
        foreach ($l in (ConvertTo-DocCode $e.Code) -split "`n") { $lines.Add(("    /// $l").TrimEnd()) }
        $lines.Add('    /// </code>')
        foreach ($r in @($e.Remarks)) { if ($r) { $lines.Add("    /// <para>$(ConvertTo-DocText $r)</para>") } }
        $lines.Add('    /// </example>')
    }
    foreach ($l in @($own.Links | Where-Object { $_ })) {
        $lines.Add("    /// <seealso href=`"$($l.Uri)`">$(ConvertTo-DocText $l.Text)</seealso>")
    }
    $lines
}
