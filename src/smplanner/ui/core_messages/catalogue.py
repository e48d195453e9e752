"""Every template of the core's Messages, for the translators (see smplanner/messages.py).

Listed literally so that lupdate extracts them into core_messages_fr.ts; a test
(tests/test_core_messages_catalogue.py) checks this list against the core. When you
add a Message in the core, add its template here under its module, run
``tools/i18n.py update`` and write the French.
"""

# ruff: noqa: E501  (each template stays one literal so that lupdate extracts it whole)
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# fmt: off
TEMPLATES = (
    # storage/plan_backups.py
    QT_TRANSLATE_NOOP("CoreMessage", "when it was opened"),
    QT_TRANSLATE_NOOP("CoreMessage", "before its format was updated"),
    QT_TRANSLATE_NOOP("CoreMessage", "before an import"),
    QT_TRANSLATE_NOOP("CoreMessage", "before a template was applied"),
    QT_TRANSLATE_NOOP("CoreMessage", "before a restore"),
    QT_TRANSLATE_NOOP("CoreMessage", "before a repair"),
    # domain/posts_csv_layout.py
    QT_TRANSLATE_NOOP("CoreMessage", "line {line}, column '{column}': {problem}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{value}' is not a network: use one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{value}' is not a status: use one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{value}' is not a date: write YYYY-MM-DD or DD/MM/YYYY"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{value}' is not a date: write YYYY-MM-DD or MM/DD/YYYY"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{value}' is not a time: write HH:MM (24 h), e.g. 18:30"),
    # domain/wall_clock.py
    QT_TRANSLATE_NOOP("CoreMessage", "{time} does not exist on {day} in {zone} (the clocks go forward): write {becomes}, the time it becomes, or another time"),
    QT_TRANSLATE_NOOP("CoreMessage", "{time} {offset} is not a time of {zone} on {day} (its offset there is {actual}): write {time} without an offset"),
    QT_TRANSLATE_NOOP("CoreMessage", "{time} happens twice on {day} in {zone} (the clocks go back): write {earlier} for the first one, before the change, or {later} for the second"),
    # domain/posts_csv_layout.py (continued)
    QT_TRANSLATE_NOOP("CoreMessage", "this plan has no content pillars yet: add '{value}' first or clear the cell"),
    QT_TRANSLATE_NOOP("CoreMessage", "this plan has no objectives yet: add '{value}' first or clear the cell"),
    QT_TRANSLATE_NOOP("CoreMessage", "this plan has no campaigns yet: add '{value}' first or clear the cell"),
    QT_TRANSLATE_NOOP("CoreMessage", "no content pillar is called '{value}' in this plan (known: {known})"),
    QT_TRANSLATE_NOOP("CoreMessage", "no objective is called '{value}' in this plan (known: {known})"),
    QT_TRANSLATE_NOOP("CoreMessage", "no campaign is called '{value}' in this plan (known: {known})"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{value}' is not a post number: leave it empty for a new post"),
    QT_TRANSLATE_NOOP("CoreMessage", "there is no variant group {value} in this plan: clear the cell"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{value}' is not an ISO date and time"),
    QT_TRANSLATE_NOOP("CoreMessage", "a time is given without a date"),
    QT_TRANSLATE_NOOP("CoreMessage", "give a time (HH:MM) or clear the date to make it an idea"),
    # domain/rule_warnings.py
    QT_TRANSLATE_NOOP("CoreMessage", "{name} must be an hour from 0 to 23"),
    QT_TRANSLATE_NOOP("CoreMessage", "gap_days must be 1 or more"),
    QT_TRANSLATE_NOOP("CoreMessage", "default_cap must be 1 or more"),
    QT_TRANSLATE_NOOP("CoreMessage", "similarity must be above 0 and at most 1"),
    # importers/archive_limits.py
    QT_TRANSLATE_NOOP("CoreMessage", "the archive member {member} would inflate from {packed} KB to {size} MB: this is not an export (a zip bomb, or a damaged file). Download the export again."),
    QT_TRANSLATE_NOOP("CoreMessage", "the archive holds {size} MB once decompressed, more than the {limit} MB smplanner reads: export a shorter period."),
    # importers/cell_values.py
    QT_TRANSLATE_NOOP("CoreMessage", "a yes/no value"),
    QT_TRANSLATE_NOOP("CoreMessage", "a date"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{text}' is not a number"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{text}' is too large a number"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{text}' is not a duration"),
    QT_TRANSLATE_NOOP("CoreMessage", "{text} is a number, not a date"),
    QT_TRANSLATE_NOOP("CoreMessage", "'{text}' is not a date"),
    # importers/export_files.py
    QT_TRANSLATE_NOOP("CoreMessage", "none of its sheets or files ({names}) is an export smplanner knows"),
    QT_TRANSLATE_NOOP("CoreMessage", "its sheet \"{sheet}\" is not an export smplanner knows"),
    QT_TRANSLATE_NOOP("CoreMessage", "its columns are not those of an export smplanner knows"),
    QT_TRANSLATE_NOOP("CoreMessage", "{what}. If it comes from another tool, use the generic CSV import and say which column is which."),
    QT_TRANSLATE_NOOP("CoreMessage", "the file does not exist."),
    QT_TRANSLATE_NOOP("CoreMessage", "this is a folder, not a file."),
    QT_TRANSLATE_NOOP("CoreMessage", "the file cannot be read ({reason})."),
    # importers/export_language.py
    QT_TRANSLATE_NOOP("CoreMessage", "this looks like a {network} export in {language} (columns seen: {columns}). smplanner reads {network} exports in English and French, not in {language} yet: export it again with the {network} interface in English or French, or use the generic CSV import and say which column is which."),
    QT_TRANSLATE_NOOP("CoreMessage", "this looks like a {network} export in {language} (columns seen: {columns}). smplanner reads {network} exports in English only for now (their {language} column names are not confirmed yet): export it again with the {network} interface in English, or use the generic CSV import and say which column is which."),
    # importers/export_reading.py
    QT_TRANSLATE_NOOP("CoreMessage", "the date is missing."),
    # importers/facebook_legacy_posts.py
    QT_TRANSLATE_NOOP("CoreMessage", "the post id is missing."),
    # importers/generic_csv.py
    QT_TRANSLATE_NOOP("CoreMessage", "the columns of the mapping ({columns}) are not all in this file: check the mapping."),
    # importers/header_names.py
    QT_TRANSLATE_NOOP("CoreMessage", "English"),
    QT_TRANSLATE_NOOP("CoreMessage", "French"),
    QT_TRANSLATE_NOOP("CoreMessage", "Swedish"),
    QT_TRANSLATE_NOOP("CoreMessage", "Portuguese"),
    QT_TRANSLATE_NOOP("CoreMessage", "Spanish"),
    QT_TRANSLATE_NOOP("CoreMessage", "German"),
    QT_TRANSLATE_NOOP("CoreMessage", "Italian"),
    QT_TRANSLATE_NOOP("CoreMessage", "Dutch"),
    QT_TRANSLATE_NOOP("CoreMessage", "Russian"),
    QT_TRANSLATE_NOOP("CoreMessage", "Japanese"),
    QT_TRANSLATE_NOOP("CoreMessage", "Chinese"),
    QT_TRANSLATE_NOOP("CoreMessage", "Vietnamese"),
    # importers/import_errors.py
    QT_TRANSLATE_NOOP("CoreMessage", "{source}, row {row}, column \"{column}\": {problem}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{source}, row {row}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{source}, column \"{column}\": {problem}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{source}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{problem}; a number is expected here."),
    QT_TRANSLATE_NOOP("CoreMessage", "{problem}; a duration is expected."),
    QT_TRANSLATE_NOOP("CoreMessage", "{problem}; a date is expected."),
    QT_TRANSLATE_NOOP("CoreMessage", "… and {count} more."),
    QT_TRANSLATE_NOOP("CoreMessage", "Nothing was imported: {count} row(s) have problems.\n{problems}\nCorrect the file, or import again choosing to skip the bad rows."),
    # importers/linkedin_page.py
    QT_TRANSLATE_NOOP("CoreMessage", "the post link is missing."),
    QT_TRANSLATE_NOOP("CoreMessage", "{count} boosted post(s): their organic figures are the post's; the sponsored campaigns are added up apart (…_sponsored) and the Total row kept apart (…_total)."),
    # importers/meta_posts.py
    QT_TRANSLATE_NOOP("CoreMessage", "the post id {id} was turned into a rounded number by Excel: its digits are lost. Download the export again and open it in a text editor, or import it without re-saving it in Excel."),
    QT_TRANSLATE_NOOP("CoreMessage", "A daily breakdown ({first} to {last}): each post gets the sum of its days."),
    # importers/tabular_files.py
    QT_TRANSLATE_NOOP("CoreMessage", "the file is empty. Download the export again."),
    QT_TRANSLATE_NOOP("CoreMessage", "the file is larger than 512 MB: export a shorter period."),
    QT_TRANSLATE_NOOP("CoreMessage", "the zip archive is damaged or truncated ({reason}). Download it again."),
    QT_TRANSLATE_NOOP("CoreMessage", "it is not a valid zip file"),
    QT_TRANSLATE_NOOP("CoreMessage", "it ends before its last file"),
    QT_TRANSLATE_NOOP("CoreMessage", "a file inside cannot be unpacked"),
    QT_TRANSLATE_NOOP("CoreMessage", "it uses a compression smplanner cannot unpack"),
    QT_TRANSLATE_NOOP("CoreMessage", "it cannot be unpacked"),
    QT_TRANSLATE_NOOP("CoreMessage", "the zip archive holds no CSV file: it is not an export."),
    QT_TRANSLATE_NOOP("CoreMessage", "this Excel workbook cannot be read ({reason}): re-save it."),
    QT_TRANSLATE_NOOP("CoreMessage", "this old-format Excel file cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessage", "the file is damaged (bad UTF-16 text)."),
    QT_TRANSLATE_NOOP("CoreMessage", "this is not a text export (it looks like a binary file)."),
    QT_TRANSLATE_NOOP("CoreMessage", "line {line}: the CSV is malformed ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessage", "row {row} has {count} columns, more than any export ({limit} at most): this is not an export, or the file is damaged. Download the export again."),
    QT_TRANSLATE_NOOP("CoreMessage", "line {line}: a cell holds more than {limit} characters, more than any export: this is not an export, or the file is damaged."),
    # importers/tiktok_studio.py
    QT_TRANSLATE_NOOP("CoreMessage", "no video link with a video id."),
    QT_TRANSLATE_NOOP("CoreMessage", "an hour from 0 to 23 is expected."),
    QT_TRANSLATE_NOOP("CoreMessage", "the day is missing. Download the export again from TikTok Studio."),
    QT_TRANSLATE_NOOP("CoreMessage", "'{text}' is not a day: TikTok writes a month and a day ('19 avril', 'April 19') or a date. Download the export again from TikTok Studio and import it without re-saving it."),
    # importers/x_analytics.py
    QT_TRANSLATE_NOOP("CoreMessage", "a numeric post id is expected."),
    # importers/youtube_studio.py
    QT_TRANSLATE_NOOP("CoreMessage", "the video id is missing."),
    QT_TRANSLATE_NOOP("CoreMessage", "this is a YouTube Studio breakdown by \"{dimension}\": its figures are per {dimension}, not per video or per day, so they cannot be placed in time. In YouTube Studio (Advanced mode), export the \"Content\" view (one row per video) or the chart by date (Totals), and import that file instead."),
    # online/http_session.py
    QT_TRANSLATE_NOOP("CoreMessage", "Could not reach {host} ({reason}). Check the internet connection and try the refresh again."),
    QT_TRANSLATE_NOOP("CoreMessage", "{network} sent an answer that is not JSON; try the refresh again later."),
    QT_TRANSLATE_NOOP("CoreMessage", "{network} refused the access token of “{account}”: it has expired or was revoked ({detail}). Create a new token and paste it with Edit > Accounts… > Replace token."),
    QT_TRANSLATE_NOOP("CoreMessage", "The access token of “{account}” lacks a {network} permission ({detail}). Create a token with the statistics permissions and replace it in Edit > Accounts…."),
    QT_TRANSLATE_NOOP("CoreMessage", "{network} is limiting requests for “{account}” ({detail}). Try the refresh again in about {minutes} minutes."),
    QT_TRANSLATE_NOOP("CoreMessage", "{network} is limiting requests for “{account}” ({detail}). Try the refresh again later."),
    QT_TRANSLATE_NOOP("CoreMessage", "{network} did not answer properly (HTTP {status}: {detail}). Try the refresh again later."),
    QT_TRANSLATE_NOOP("CoreMessage", "{network} refused the request for “{account}” (HTTP {status}: {detail}). Check the account id in Edit > Accounts…."),
    # online/meta_graph.py
    QT_TRANSLATE_NOOP("CoreMessage", "{network} sent statistics in an unknown shape; smplanner may need an update."),
    # online/refresh.py
    QT_TRANSLATE_NOOP("CoreMessage", "smplanner cannot refresh {network} online yet."),
    QT_TRANSLATE_NOOP("CoreMessage", "No access token for “{account}” ({network}) on this computer. Paste it in Edit > Accounts… to refresh online; the plan keeps only the account."),
    # online/youtube_analytics.py
    QT_TRANSLATE_NOOP("CoreMessage", "YouTube sent a report in an unknown shape; smplanner may need an update."),
    # secrets.py
    QT_TRANSLATE_NOOP("CoreMessage", "no keyring service is available (no Secret Service, Keychain or Credential Manager could be reached)"),
    QT_TRANSLATE_NOOP("CoreMessage", "the only keyring available does not encrypt what it stores"),
    QT_TRANSLATE_NOOP("CoreMessage", "the keyring is locked and was not unlocked"),
    QT_TRANSLATE_NOOP("CoreMessage", "the keyring could not be opened (the unlock prompt was dismissed or the keyring service failed to start)"),
    QT_TRANSLATE_NOOP("CoreMessage", "the keyring did not answer in time"),
    QT_TRANSLATE_NOOP("CoreMessage", "the keyring reported an error"),
    QT_TRANSLATE_NOOP("CoreMessage", "{reason} ({detail})"),
    QT_TRANSLATE_NOOP("CoreMessage", "The access token cannot be stored securely on this machine: {why}. It was not saved anywhere. smplanner keeps working offline; unlock or install a keyring (e.g. GNOME Keyring or KWallet on Linux) to refresh statistics online."),
    QT_TRANSLATE_NOOP("CoreMessage", "{seconds} s"),
    QT_TRANSLATE_NOOP("CoreMessage", "keyring missing"),
    # services/calendar_export.py
    QT_TRANSLATE_NOOP("CoreMessage", "Could not write {path} ({reason}): check the folder exists and that you may write there."),
    QT_TRANSLATE_NOOP("CoreMessage", "Cannot read the template {path}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessage", "{path} has no header row: download the bulk-upload template from the tool again and give that file."),
    # services/calendar_import.py
    QT_TRANSLATE_NOOP("CoreMessage", "- {problem}"),
    QT_TRANSLATE_NOOP("CoreMessage", "Nothing was imported: {count} problem(s) in the file.\n{problems}\nCorrect the file, or choose to skip the bad rows."),
    QT_TRANSLATE_NOOP("CoreMessage", "Cannot read {path}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessage", "{file} is not a posts CSV: its first row must name the columns ({columns}). Export the posts from smplanner to get the layout."),
    QT_TRANSLATE_NOOP("CoreMessage", "post {post} is already on line {line}"),
    QT_TRANSLATE_NOOP("CoreMessage", "a new post needs a network"),
    # services/calendar_posts.py
    QT_TRANSLATE_NOOP("CoreMessage", "Post {post} no longer exists: it was deleted meanwhile."),
    QT_TRANSLATE_NOOP("CoreMessage", "Network '{network}' is unknown: use one of {known}."),
    QT_TRANSLATE_NOOP("CoreMessage", "Status '{status}' is unknown: use one of {known}."),
    QT_TRANSLATE_NOOP("CoreMessage", "The post's date has no time zone."),
    QT_TRANSLATE_NOOP("CoreMessage", "Network '{network}' is unknown."),
    # services/calendar_rules.py
    QT_TRANSLATE_NOOP("CoreMessage", "The method's rules cannot be saved: {problems}."),
    QT_TRANSLATE_NOOP("CoreMessage", "Unknown network(s) {unknown} in the weekend exceptions: use {known}."),
    # services/export_json.py
    QT_TRANSLATE_NOOP("CoreMessage", "there is no file here."),
    QT_TRANSLATE_NOOP("CoreMessage", "cannot be read as UTF-8 text ({reason})."),
    QT_TRANSLATE_NOOP("CoreMessage", "line {line}, column {column}: not valid JSON ({reason})."),
    # reports/report_file.py
    QT_TRANSLATE_NOOP("CoreMessage", "Cannot write {path}: the folder {folder} does not exist. Choose another."),
    QT_TRANSLATE_NOOP("CoreMessage", "Could not write {path} ({reason}): check that you may write there and that the file is not open in another program."),
    # services/strategy_edits.py
    QT_TRANSLATE_NOOP("CoreMessage", "This item is still used by posts in the calendar: change those posts first."),
    QT_TRANSLATE_NOOP("CoreMessage", "Posts in the calendar still point to objectives or pillars this would remove: change those posts first."),
    # services/templates.py
    QT_TRANSLATE_NOOP("CoreMessage", "The template has no name: type a name."),
    QT_TRANSLATE_NOOP("CoreMessage", "The template {name} has no file."),
    # services/time_slots.py
    QT_TRANSLATE_NOOP("CoreMessage", "Unknown network '{network}': use one of {known}."),
    QT_TRANSLATE_NOOP("CoreMessage", "Slots for {network}: {problem}. Weekdays run 0 (Monday) to 6, hours 0 to 23, scores are 0 or more."),
    # storage/plan_json.py
    QT_TRANSLATE_NOOP("CoreMessage", "unknown value object {value}"),
    QT_TRANSLATE_NOOP("CoreMessage", "{value} is not a value a plan can hold"),
    # storage/plan_json_load.py
    QT_TRANSLATE_NOOP("CoreMessage", "this is not a smplanner plan export (not an object)."),
    QT_TRANSLATE_NOOP("CoreMessage", "this is not a smplanner plan export (\"format\" is not \"{format}\")."),
    QT_TRANSLATE_NOOP("CoreMessage", "\"layout_version\" is missing or not a number."),
    QT_TRANSLATE_NOOP("CoreMessage", "it was written by a newer smplanner (layout {layout}; this version reads up to {known}). Update smplanner to import it."),
    QT_TRANSLATE_NOOP("CoreMessage", "\"schema.steps\" is missing: the export is incomplete."),
    QT_TRANSLATE_NOOP("CoreMessage", "\"tables\" is missing or not a list."),
    QT_TRANSLATE_NOOP("CoreMessage", "{where} is not an object."),
    QT_TRANSLATE_NOOP("CoreMessage", "{where} has no name."),
    QT_TRANSLATE_NOOP("CoreMessage", "table \"{table}\": \"rows\" must be a list of objects."),
    QT_TRANSLATE_NOOP("CoreMessage", "it was written by a newer smplanner (unknown plan format steps: {steps}). Update smplanner to import it."),
    QT_TRANSLATE_NOOP("CoreMessage", "its plan format steps for {feature} are not in order; the file was edited."),
    QT_TRANSLATE_NOOP("CoreMessage", "table \"{table}\" does not belong to a plan of this format; the export was edited or made by another program."),
    QT_TRANSLATE_NOOP("CoreMessage", "table \"{table}\", row {row}: unknown column \"{column}\"."),
    QT_TRANSLATE_NOOP("CoreMessage", "table \"{table}\", row {row}: {problem}."),
    QT_TRANSLATE_NOOP("CoreMessage", "table \"{table}\": the rows break a rule of the plan ({problem})."),
    QT_TRANSLATE_NOOP("CoreMessage", "{path} already exists: choose another name."),
    QT_TRANSLATE_NOOP("CoreMessage", "The folder {folder} does not exist: choose another."),
    QT_TRANSLATE_NOOP("CoreMessage", "table \"{table}\" refers to a missing row of \"{other}\"; the export was edited."),
    QT_TRANSLATE_NOOP("CoreMessage", "the client record (table \"plan\", id 1) is missing."),
)
# fmt: on
