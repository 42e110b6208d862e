<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>csto::app</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>read the article</source>
        <translation>читать статью</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Другие названия:</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Loading the knowledge base…</source>
        <translation>Загрузка базы знаний…</translation>
    </message>
    <message>
        <source>%L1 entities, %L2 events, %L3 relations from %L4 sources.</source>
        <translation>Объектов: %L1, событий: %L2, связей: %L3, источников: %L4.</translation>
    </message>
    <message>
        <source>CSTO Atlas</source>
        <translation>CSTO Atlas</translation>
    </message>
    <message>
        <source>Select a body, state, operation or person in the tree, an event on the timeline, or press Ctrl+K to search.</source>
        <translation>Выберите в дереве орган, государство, операцию или человека, событие на временной шкале или нажмите Ctrl+K для поиска.</translation>
    </message>
    <message>
        <source>Operations and exercises</source>
        <translation>Операции и учения</translation>
    </message>
    <message>
        <source>Forces</source>
        <translation>Силы</translation>
    </message>
    <message>
        <source>Councils and bodies</source>
        <translation>Советы и органы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>States and people</source>
        <translation>Государства и персоны</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Другие события</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 events; the timeline shows every one.</source>
        <translation>Первые %L1 из %L2 событий; на временной шкале показаны все.</translation>
    </message>
    <message>
        <source>“Current” is as of the knowledge base’s sources: %1.</source>
        <translation>«Действует» — по данным источников базы знаний: %1.</translation>
    </message>
    <message>
        <source>“Current” is as of the knowledge base’s sources, none of which is dated.</source>
        <translation>«Действует» — по данным источников базы знаний; ни один из них не датирован.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>изменить</translation>
    </message>
</context>
<context>
    <name>csto::app::AcceptDialog</name>
    <message>
        <source>Add as a &amp;new event</source>
        <translation>Добавить как &amp;новое событие</translation>
    </message>
    <message>
        <source>Add as a &amp;new entity</source>
        <translation>Добавить как &amp;новый объект</translation>
    </message>
    <message>
        <source>The &amp;same as a known event (the article is cited on it)</source>
        <translation>&amp;То же, что известное событие (статья добавляется в его источники)</translation>
    </message>
    <message>
        <source>The &amp;same as an existing entity (the name becomes an alias of it)</source>
        <translation>&amp;То же, что существующий объект (название становится его другим именем)</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>Принять «%1»</translation>
    </message>
    <message>
        <source>No parent; type to search</source>
        <translation>Без вышестоящего; начните вводить для поиска</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>Probably: %1</source>
        <translation>Вероятно: %1</translation>
    </message>
</context>
<context>
    <name>csto::app::AliasDialog</name>
    <message>
        <source>Add Alias to %1</source>
        <translation>Другое название: %1</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>The alias is empty.</source>
        <translation>Название не указано.</translation>
    </message>
    <message>
        <source>“%1” is already one of its names.</source>
        <translation>«%1» — уже одно из его названий.</translation>
    </message>
</context>
<context>
    <name>csto::app::BriefPreview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>P&amp;revious Page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>С&amp;ледующая страница</translation>
    </message>
    <message>
        <source>Page %L1 of %L2</source>
        <translation>Страница %L1 из %L2</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <source>The preview shows the first %L1 of %L2 pages; save the PDF for all of them.</source>
        <translation>В просмотре первые %L1 из %L2 страниц; сохраните PDF, чтобы получить все.</translation>
    </message>
</context>
<context>
    <name>csto::app::CitationField</name>
    <message>
        <source>Analyst note</source>
        <translation>Заметка аналитика</translation>
    </message>
    <message>
        <source>Reading the sources</source>
        <translation>Чтение источников</translation>
    </message>
    <message>
        <source>What you know and how you know it</source>
        <translation>Что вам известно и откуда</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>The analyst note needs its text.</source>
        <translation>В заметке аналитика нет текста.</translation>
    </message>
    <message>
        <source>The analyst note needs an author.</source>
        <translation>У заметки аналитика не указан автор.</translation>
    </message>
    <message>
        <source>The analyst note&apos;s date: %1</source>
        <translation>Дата заметки аналитика: %1</translation>
    </message>
</context>
<context>
    <name>csto::app::DatabaseGuard</name>
    <message>
        <source>The knowledge base cannot be read</source>
        <translation>Не удаётся прочитать базу знаний</translation>
    </message>
    <message>
        <source>The file may be damaged: “csto-kb check” lists what is wrong with it. Open another knowledge base, keep browsing what can still be read, or close the window.</source>
        <translation>Файл, возможно, повреждён: «csto-kb check» покажет, что с ним не так. Откройте другую базу знаний, продолжайте просмотр того, что ещё читается, или закройте окно.</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Открыть другую…</translation>
    </message>
    <message>
        <source>&amp;Keep Browsing</source>
        <translation>&amp;Продолжить просмотр</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1

Knowledge base: %2</source>
        <translation>%1

База знаний: %2</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>The knowledge base is busy: another program is writing to it. Try again in a moment.</source>
        <translation>База знаний занята: в неё записывает другая программа. Повторите попытку через минуту.</translation>
    </message>
</context>
<context>
    <name>csto::app::DateField</name>
    <message>
        <source>not a date: write 2002, May 2002, 2002-05-14 or --06-17 (no year)</source>
        <translation>это не дата: пишите 2002, May 2002, 2002-05-14 или --06-17 (без года)</translation>
    </message>
    <message>
        <source>2002, May 2002, 2002-05-14 or --06-17</source>
        <translation>2002, May 2002, 2002-05-14 или --06-17</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>нужна дата</translation>
    </message>
    <message>
        <source>reads: %1</source>
        <translation>читается: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указана</translation>
    </message>
</context>
<context>
    <name>csto::app::EditActions</name>
    <message>
        <source>New &amp;Entity…</source>
        <translation>Новый &amp;объект…</translation>
    </message>
    <message>
        <source>New E&amp;vent…</source>
        <translation>Новое &amp;событие…</translation>
    </message>
    <message>
        <source>New &amp;Relation…</source>
        <translation>Новая с&amp;вязь…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>Добавить др&amp;угое название…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Showing the event</source>
        <translation>Показ события</translation>
    </message>
    <message>
        <source>&amp;Edit Relation…</source>
        <translation>&amp;Изменить связь…</translation>
    </message>
    <message>
        <source>&amp;Delete Relation</source>
        <translation>&amp;Удалить связь</translation>
    </message>
    <message>
        <source>Reading the knowledge base</source>
        <translation>Чтение базы знаний</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>Re&amp;do %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>%1 cannot be done: a later change depends on it. %2</source>
        <translation>%1: невозможно — от этого зависит более позднее изменение. %2</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1: отклонено: %2</translation>
    </message>
    <message>
        <source>The knowledge base is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>База знаний занята: в неё пишет другая программа. Ничего не изменено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation>%1: ошибка: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>%1 failed for an unknown reason.</source>
        <translation>%1: ошибка по неизвестной причине.</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Добавление %1</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>New relation</source>
        <translation>Новая связь</translation>
    </message>
    <message>
        <source>Adding a relation</source>
        <translation>Добавление связи</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Изменение %1</translation>
    </message>
    <message>
        <source>Editing the relation</source>
        <translation>Изменение связи</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>These depend on it and are deleted or unlinked with it:</source>
        <translation>От него зависят и будут удалены или отвязаны вместе с ним:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo brings it back.</source>
        <translation>Отмена вернёт всё обратно.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <source>Deleting the relation</source>
        <translation>Удаление связи</translation>
    </message>
    <message>
        <source>Delete this relation?</source>
        <translation>Удалить эту связь?</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>Merging %1 into %2</source>
        <translation>Объединение %1 с %2</translation>
    </message>
    <message>
        <source>Adding an alias</source>
        <translation>Добавление другого названия</translation>
    </message>
    <message>
        <source>Adding an alias to %1</source>
        <translation>Добавление другого названия для %1</translation>
    </message>
    <message>
        <source>Reverting</source>
        <translation>Отмена изменения</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Отмена: %1</translation>
    </message>
    <message>
        <source>Recording the change</source>
        <translation>Запись изменения</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Отмена: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Повтор: %1</translation>
    </message>
</context>
<context>
    <name>csto::app::EntityDialog</name>
    <message>
        <source>A source says it still exists</source>
        <translation>По источнику существует до сих пор</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>None, or type to search</source>
        <translation>Нет, или начните вводить для поиска</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>По одному названию в строке</translation>
    </message>
    <message>
        <source>Reading the parent</source>
        <translation>Чтение вышестоящего объекта</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Другие названия:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Название не указано.</translation>
    </message>
    <message>
        <source>Pick the parent from the list, or empty the box.</source>
        <translation>Выберите вышестоящий объект из списка или очистите поле.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Конец: %1</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Конец раньше начала.</translation>
    </message>
    <message>
        <source>The summary is empty: say in a sentence what it is.</source>
        <translation>Описание пустое: скажите одним предложением, что это.</translation>
    </message>
</context>
<context>
    <name>csto::app::EntityPicker</name>
    <message>
        <source>Type a name or alias to search</source>
        <translation>Введите название или другое название для поиска</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>No entity of that name</source>
        <translation>Объекта с таким названием нет</translation>
    </message>
</context>
<context>
    <name>csto::app::EventDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>Type to search, then pick to add</source>
        <translation>Введите для поиска и выберите, чтобы добавить</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Remove Participant</source>
        <translation>&amp;Убрать участника</translation>
    </message>
    <message>
        <source>Reading the participants</source>
        <translation>Чтение участников</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Partic&amp;ipants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Заголовок не указан.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Конец: %1</translation>
    </message>
    <message>
        <source>The end is before the date.</source>
        <translation>Конец раньше даты.</translation>
    </message>
    <message>
        <source>An event needs at least one participant.</source>
        <translation>У события должен быть хотя бы один участник.</translation>
    </message>
    <message>
        <source>The summary is empty: say in a sentence what happened.</source>
        <translation>Описание пустое: скажите одним предложением, что произошло.</translation>
    </message>
</context>
<context>
    <name>csto::app::ExportDialog</name>
    <message>
        <source>Export Summary</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Справка: %1</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Формат страницы:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save Summary as PDF</source>
        <translation>Сохранение сводки в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Timeline brief %1 to %2</source>
        <translation>Хронологическая справка %1 – %2</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>Не удалось сохранить сводку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Timeline brief</source>
        <translation>Хронологическая справка</translation>
    </message>
    <message>
        <source>e.g. 2014, 2014-05 or 2014-05-08; empty: no limit</source>
        <translation>например, 2014, 2014-05 или 2014-05-08; пусто — без ограничения</translation>
    </message>
    <message>
        <source>Only events of %1 and its parts</source>
        <translation>Только события: %1 и подразделения</translation>
    </message>
    <message>
        <source>Only events of the selected entity and its parts</source>
        <translation>Только события выбранного объекта и его подразделений</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>To (%1) is before From (%2).</source>
        <translation>Дата «По» (%1) раньше даты «С» (%2).</translation>
    </message>
    <message>
        <source>Cannot export the summary</source>
        <translation>Не удаётся экспортировать сводку</translation>
    </message>
    <message>
        <source>The knowledge base cannot be read: %1</source>
        <translation>Не удаётся прочитать базу знаний: %1</translation>
    </message>
    <message>
        <source>A long brief</source>
        <translation>Длинная справка</translation>
    </message>
    <message>
        <source>This brief lists %L1 events: about %L2 pages. Writing it takes a while; narrowing the dates or choosing one entity gives a shorter one.</source>
        <translation>В справке %L1 событий — около %L2 страниц. Запись займёт время; сузьте даты или выберите один объект, чтобы справка была короче.</translation>
    </message>
    <message>
        <source>Write %L1 Pages</source>
        <translation>Записать %L1 стр.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Подготовка просмотра: %1…</translation>
    </message>
    <message>
        <source>Cannot preview the summary</source>
        <translation>Не удалось показать сводку</translation>
    </message>
</context>
<context>
    <name>csto::app::ImportDialog</name>
    <message>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>as the article&apos;s dateline says</source>
        <translation>как указано в статье</translation>
    </message>
    <message>
        <source>For articles that do not print their date: 2019, 2019-11 or 2019-11-28. Empty: each article&apos;s dateline.</source>
        <translation>Для статей без даты: 2019, 2019-11 или 2019-11-28. Пусто — дата из каждой статьи.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Импорт:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Дата публикации:</translation>
    </message>
    <message>
        <source>Publication date: %1</source>
        <translation>Дата публикации: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csto::app::KnowledgeBaseCheck</name>
    <message>
        <source>SQLite integrity check</source>
        <translation>проверка целостности SQLite</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>внешние ключи</translation>
    </message>
    <message>
        <source>search index (FTS5 integrity-check)</source>
        <translation>поисковый индекс (проверка целостности FTS5)</translation>
    </message>
    <message>
        <source>every entity, event and source is searchable</source>
        <translation>каждый объект, событие и источник находятся поиском</translation>
    </message>
    <message>
        <source>the search index holds nothing stale</source>
        <translation>в поисковом индексе нет устаревших записей</translation>
    </message>
    <message>
        <source>evidence points at existing facts inside their articles</source>
        <translation>подтверждения указывают на существующие факты внутри своих статей</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>даты</translation>
    </message>
    <message>
        <source>Check Knowledge Base</source>
        <translation>Проверка базы знаний</translation>
    </message>
    <message>
        <source>Checking the knowledge base</source>
        <translation>Проверка базы знаний</translation>
    </message>
    <message>
        <source>The knowledge base is sound.</source>
        <translation>База знаний в порядке.</translation>
    </message>
    <message>
        <source>The knowledge base has problems.</source>
        <translation>В базе знаний найдены ошибки.</translation>
    </message>
    <message>
        <source>Checking the knowledge base…</source>
        <translation>Проверка базы знаний…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>csto::app::MainWindow</name>
    <message>
        <source>The knowledge base was changed by another program; the view is up to date.</source>
        <translation>База знаний изменена другой программой; отображение обновлено.</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Фильтр дерева</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>&amp;Открыть базу знаний…</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Открытие базы знаний</translation>
    </message>
    <message>
        <source>CSTO Atlas knowledge bases (*.db);;All files (*)</source>
        <translation>Базы знаний CSTO Atlas (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Импортировать статьи…</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Article text (*.txt);;All files (*)</source>
        <translation>Тексты статей (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Articles…</source>
        <translation>Импортировать &amp;папку статей…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>&amp;Экспорт сводки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>&amp;Filter Tree</source>
        <translation>&amp;Фильтр дерева</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>The &amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Review Imports</source>
        <translation>&amp;Проверка импорта</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Вся шкала</translation>
    </message>
    <message>
        <source>Fit Timeline to &amp;Selection</source>
        <translation>Шкала по в&amp;ыделенному</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Lanes by &amp;Kind</source>
        <translation>Дорожки по &amp;типам</translation>
    </message>
    <message>
        <source>Lanes by &amp;Operation</source>
        <translation>Дорожки по &amp;операциям</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Check Knowledge Base</source>
        <translation>&amp;Проверить базу знаний</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;About CSTO Atlas</source>
        <translation>&amp;О программе CSTO Atlas</translation>
    </message>
    <message>
        <source>About CSTO Atlas</source>
        <translation>О программе CSTO Atlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSTO Atlas %1&lt;/h3&gt;&lt;p&gt;A knowledge-base browser for the Collective Security Treaty Organization: its bodies, member states, forces, operations, people, documents and events, each fact with its source.&lt;/p&gt;&lt;p&gt;Knowledge base: %2&lt;/p&gt;&lt;p&gt;Sources:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSTO Atlas %1&lt;/h3&gt;&lt;p&gt;База знаний об Организации Договора о коллективной безопасности: её органы, государства-члены, силы, операции, люди, документы и события, и у каждого факта указан источник.&lt;/p&gt;&lt;p&gt;База знаний: %2&lt;/p&gt;&lt;p&gt;Источники:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Лицензия MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>%1 — CSTO Atlas</source>
        <translation>%1 — CSTO Atlas</translation>
    </message>
    <message>
        <source>%1 (read-only) — CSTO Atlas</source>
        <translation>%1 (только чтение) — CSTO Atlas</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>Загрузка временной шкалы…</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Импорт статей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Импорт отменён: ничего не добавлено.</translation>
    </message>
    <message>
        <source>Imported %1, %2 already known, %3 failed.</source>
        <translation>Импортировано: %1, уже известно: %2, с ошибками: %3.</translation>
    </message>
    <message>
        <source>Some articles were not imported</source>
        <translation>Некоторые статьи не импортированы</translation>
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation>Не удалось открыть базу знаний</translation>
    </message>
    <message>
        <source>%L1 entities · %L2 events · %L3 relations · %L4 sources</source>
        <translation>Объектов: %L1 · событий: %L2 · связей: %L3 · источников: %L4</translation>
    </message>
    <message>
        <source>Membership and Chairmanships</source>
        <translation>Членство и председательство</translation>
    </message>
    <message>
        <source>&amp;Membership and Chairmanships</source>
        <translation>&amp;Членство и председательство</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Событий пока нет</translation>
    </message>
    <message>
        <source>Reading the knowledge base</source>
        <translation>Чтение базы знаний</translation>
    </message>
    <message>
        <source>Reading the proposals</source>
        <translation>Чтение предложений</translation>
    </message>
    <message>
        <source>Showing the event</source>
        <translation>Показ события</translation>
    </message>
    <message>
        <source>Reading the membership chart</source>
        <translation>Чтение диаграммы членства</translation>
    </message>
    <message>
        <source>Reading the timeline</source>
        <translation>Чтение временной шкалы</translation>
    </message>
    <message>
        <source>The timeline could not be read</source>
        <translation>Не удалось прочитать временную шкалу</translation>
    </message>
    <message>
        <source>Showing the card</source>
        <translation>Показ карточки</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Подготовка сводки</translation>
    </message>
    <message>
        <source>Showing the article</source>
        <translation>Показ статьи</translation>
    </message>
    <message>
        <source>Reading the imported articles</source>
        <translation>Чтение импортированных статей</translation>
    </message>
    <message>
        <source>Reading the sources</source>
        <translation>Чтение источников</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
</context>
<context>
    <name>csto::app::MembershipView</name>
    <message>
        <source>Membership and chairmanships</source>
        <translation>Членство и председательство</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>csto::app::MergeDialog</name>
    <message>
        <source>Merge %1 Into…</source>
        <translation>Объединить %1 с…</translation>
    </message>
    <message>
        <source>Type the name of the entity that stays</source>
        <translation>Введите название объекта, который остаётся</translation>
    </message>
    <message>
        <source>“%1” will be merged into the entity picked here. Its other names, relations, events, mentions, evidence, proposals and parts move there; “%1” becomes another name of it, and links to “%1” lead there. Undo takes it back.</source>
        <translation>«%1» будет объединён с выбранным здесь объектом. Его другие названия, связи, события, упоминания, подтверждения, предложения и подразделения перейдут к нему; «%1» станет его другим названием, а ссылки на «%1» будут вести к нему. Отмена вернёт всё обратно.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>&amp;Объединить с:</translation>
    </message>
    <message>
        <source>Pick the entity “%1” is merged into.</source>
        <translation>Выберите объект, с которым объединить «%1».</translation>
    </message>
</context>
<context>
    <name>csto::app::OrgTreeModel</name>
    <message>
        <source>Statutory bodies</source>
        <translation>Уставные органы</translation>
    </message>
    <message>
        <source>Subsidiary bodies</source>
        <translation>Вспомогательные органы</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Центры</translation>
    </message>
    <message>
        <source>Forces</source>
        <translation>Силы</translation>
    </message>
    <message>
        <source>Other parts</source>
        <translation>Другие структуры</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Нынешние члены</translation>
    </message>
    <message>
        <source>Former members and treaty parties</source>
        <translation>Бывшие члены и участники Договора</translation>
    </message>
    <message>
        <source>Partners and observers</source>
        <translation>Партнёры и наблюдатели</translation>
    </message>
    <message>
        <source>Other organisations and states</source>
        <translation>Другие организации и государства</translation>
    </message>
    <message>
        <source>Operations and exercises</source>
        <translation>Операции и учения</translation>
    </message>
    <message>
        <source>Members as of the knowledge base&apos;s sources (%1)</source>
        <translation>Члены по данным источников базы знаний (%1)</translation>
    </message>
    <message>
        <source>Members as of the knowledge base&apos;s sources (none is dated)</source>
        <translation>Члены по данным источников базы знаний (ни один не датирован)</translation>
    </message>
    <message>
        <source>Members, end not stated</source>
        <translation>Члены, окончание не указано</translation>
    </message>
    <message>
        <source>Reading the organisation tree</source>
        <translation>Чтение дерева организации</translation>
    </message>
</context>
<context>
    <name>csto::app::ProposalEditDialog</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>not a date: write 2020, 2020-05, 2020-05-14 or --06-17</source>
        <translation>не дата: пишите 2020, 2020-05, 2020-05-14 или --06-17</translation>
    </message>
    <message>
        <source>Edit Proposed Event</source>
        <translation>Изменить предложенное событие</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>E&amp;nd (optional):</source>
        <translation>&amp;Окончание (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>&amp;Add participant:</source>
        <translation>Добавить &amp;участника:</translation>
    </message>
    <message>
        <source>Edit Proposed Entity</source>
        <translation>Изменить предложенный объект</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>%1 is before the date</source>
        <translation>%1 раньше даты начала</translation>
    </message>
</context>
<context>
    <name>csto::app::ProposalModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Новый объект: %1</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <source>Probably the same as %1: %2</source>
        <translation>Вероятно, то же, что %1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Вероятно, то же, что</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (предложен)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Proposed because a sentence gives a date and names a known entity.</source>
        <translation>Предложено, потому что в предложении есть дата и известный объект.</translation>
    </message>
    <message>
        <source>Proposed for the pattern: %1.</source>
        <translation>Предложено по образцу: %1.</translation>
    </message>
    <message>
        <source>Accepting it also records the office: %1.</source>
        <translation>При принятии будет записана и должность: %1.</translation>
    </message>
    <message>
        <source>Why proposed</source>
        <translation>Почему предложено</translation>
    </message>
</context>
<context>
    <name>csto::app::RecordPicker</name>
    <message>
        <source>Type to search the events</source>
        <translation>Начните вводить для поиска событий</translation>
    </message>
    <message>
        <source>Type to search the entities</source>
        <translation>Начните вводить для поиска объектов</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>csto::app::RelationDialog</name>
    <message>
        <source>A source says it is current</source>
        <translation>По источнику действует до сих пор</translation>
    </message>
    <message>
        <source>Edit Relation</source>
        <translation>Изменение связи</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Новая связь</translation>
    </message>
    <message>
        <source>Reading the relation&apos;s ends</source>
        <translation>Чтение концов связи</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;К:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Pick the entity the relation is from.</source>
        <translation>Выберите объект, от которого идёт связь.</translation>
    </message>
    <message>
        <source>Pick the entity the relation is to.</source>
        <translation>Выберите объект, к которому идёт связь.</translation>
    </message>
    <message>
        <source>A relation joins two different entities.</source>
        <translation>Связь соединяет два разных объекта.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Конец: %1</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Конец раньше начала.</translation>
    </message>
</context>
<context>
    <name>csto::app::ReviewPane</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message>
        <source>Cannot change the proposal</source>
        <translation>Не удалось изменить предложение</translation>
    </message>
    <message>
        <source>Accepting the proposal</source>
        <translation>Принятие предложения</translation>
    </message>
    <message>
        <source>Rejecting the proposal</source>
        <translation>Отклонение предложения</translation>
    </message>
    <message>
        <source>Editing the proposal</source>
        <translation>Правка предложения</translation>
    </message>
    <message>
        <source>Accepting the proposals</source>
        <translation>Принятие предложений</translation>
    </message>
    <message>
        <source>Reading the proposals</source>
        <translation>Чтение предложений</translation>
    </message>
    <message>
        <source>Accept A&amp;s…</source>
        <translation>Принять &amp;как…</translation>
    </message>
    <message>
        <source>Accept the proposal; one that is probably the same as a known record is merged into it</source>
        <translation>Принять предложение; предложение, вероятно совпадающее с известной записью, объединяется с ней</translation>
    </message>
    <message>
        <source>Choose the kind and parent, or the known record it is the same as</source>
        <translation>Выбрать тип и вышестоящий объект или известную запись, с которой оно совпадает</translation>
    </message>
    <message>
        <source>Accept ‘%1’</source>
        <translation>Принять «%1»</translation>
    </message>
    <message>
        <source>Accept ‘%1’ as ‘%2’</source>
        <translation>Принять «%1» как «%2»</translation>
    </message>
    <message>
        <source>Reject ‘%1’</source>
        <translation>Отклонить «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Accept All (%n proposals)</source>
        <translation>
            <numerusform>Принять все (%n предложение)</numerusform>
            <numerusform>Принять все (%n предложения)</numerusform>
            <numerusform>Принять все (%n предложений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Proposal ‘%1’</source>
        <translation>Изменить предложение «%1»</translation>
    </message>
</context>
<context>
    <name>csto::app::SearchPopup</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Search bodies, states, operations, people, events…</source>
        <translation>Поиск органов, государств, операций, людей, событий…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>csto::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Your own knowledge base (created from the bundled one)</source>
        <translation>Ваша база знаний (создаётся из поставляемой с программой)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>По типам</translation>
    </message>
    <message>
        <source>By operation</source>
        <translation>По операциям</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <source>A change of language applies when CSTO Atlas restarts.</source>
        <translation>Новый язык интерфейса вступит в силу после перезапуска CSTO Atlas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Default &amp;knowledge base:</source>
        <translation>&amp;База знаний по умолчанию:</translation>
    </message>
    <message>
        <source>Timeline &amp;lanes:</source>
        <translation>&amp;Дорожки шкалы:</translation>
    </message>
    <message>
        <source>Report &amp;page size:</source>
        <translation>&amp;Формат страницы отчётов:</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Default Knowledge Base</source>
        <translation>База знаний по умолчанию</translation>
    </message>
    <message>
        <source>CSTO Atlas knowledge bases (*.db);;All files (*)</source>
        <translation>Базы знаний CSTO Atlas (*.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>csto::app::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
</context>
<context>
    <name>csto::cli</name>
    <message>
        <source>csto-kb: the CSTO Atlas knowledge base on the command line

Usage: csto-kb [--db FILE] COMMAND [OPTIONS]

Commands:
  build --data DIR --out FILE     build a knowledge base from JSON files
  synth [--entities N] [--events N] [--articles N] [--seed N] --out FILE
                                  a synthetic knowledge base for benchmarks
  export [--format json] [-o FILE]
                                  the whole knowledge base in the export format
  show NAME|ID [--json]           one entity or event: card, relations, events, sources
  search QUERY [--limit N] [--json]
                                  ranked hits over names, aliases and text
  timeline [--entity NAME|ID] [--from DATE] [--to DATE] [--json]
                                  events in date order
  info [--json]                   what the knowledge base holds
  check [--json]                  integrity of the database (exit 1 if it finds problems)
  import PATH... [--published DATE] [--accept-all] [--encoding NAME] [--json]
                                  imports article files or folders of them
  report (--entity NAME|ID | --timeline [--from DATE] [--to DATE] [--entity NAME|ID])
         [--page-size A4|Letter] -o FILE.pdf
                                  a PDF summary (no display needed)

Curating (every change is journaled; history and revert undo it):
  add entity --kind KIND --name NAME [--category C] [--parent ID] [--alias A]...
             [--summary S] [--start DATE] [--end DATE] CITATION [--json]
  add event --date DATE [--end DATE] --title T [--summary S] [--place P]
            --participant ID... CITATION [--json]
  add relation --type TYPE --from ID --to ID [--start DATE] [--end DATE] [--role R]
               CITATION [--json]
                                  add a fact; CITATION is --source ID, or --note TEXT
                                  [--note-author NAME] [--note-date DATE]
  edit ID [--set FIELD=VALUE]... [--add-alias A]... [--remove-alias A]... [--json]
                                  change an entity, event or relation (relation-N)
  delete ID [--force] [--json]    delete one; refused while others depend on it
  merge FROM INTO [--json]        merge entity FROM into entity INTO
  history [ID] [--limit N] [--json]
                                  the journal of changes, newest first
  revert CHANGE [--json]          undo one change (as a new change)
  list [--kind KIND] [--json]     the entities, by kind and name
  review [--json]                 proposals of imports waiting for review, with ids
  accept PROPOSAL [--as-alias-of ID] [--parent ID] [--json]
  reject PROPOSAL [--json]        accept or reject a proposal

Options:
  --db FILE    use FILE instead of the default knowledge base
               (~/.local/share/csto-atlas/csto-atlas.db, created from the bundled one)
  --help       help for csto-kb or for one command (csto-kb show --help)
  --version    the program&apos;s version

Dates are ISO 8601 with reduced precision: 2002, 2002-05, 2002-05-14.

Exit codes:
  0  success
  1  not found (no such entity or event)
  2  wrong usage (unknown command or option, bad value)
  3  invalid input data (the message names the file, JSON path and problem), or a change
     refused (unknown id, bad date, unknown field, ...; nothing is changed)
  4  the database cannot be used (missing, not a knowledge base, newer, corrupt)
  5  the output file cannot be written (nothing is left behind)
</source>
        <translation>csto-kb: база знаний CSTO Atlas в командной строке

Использование: csto-kb [--db FILE] COMMAND [OPTIONS]

Команды:
  build --data DIR --out FILE     собрать базу знаний из файлов JSON
  synth [--entities N] [--events N] [--articles N] [--seed N] --out FILE
                                  синтетическая база знаний для измерений производительности
  export [--format json] [-o FILE]
                                  вся база знаний в формате экспорта
  show NAME|ID [--json]           один объект или событие: карточка, связи, события, источники
  search QUERY [--limit N] [--json]
                                  ранжированный поиск по названиям, другим именам и тексту
  timeline [--entity NAME|ID] [--from DATE] [--to DATE] [--json]
                                  события в хронологическом порядке
  info [--json]                   что содержит база знаний
  check [--json]                  целостность базы данных (код 1, если найдены ошибки)
  import PATH... [--published DATE] [--accept-all] [--encoding NAME] [--json]
                                  импорт файлов статей или папок с ними
  report (--entity NAME|ID | --timeline [--from DATE] [--to DATE] [--entity NAME|ID])
         [--page-size A4|Letter] -o FILE.pdf
                                  сводка в PDF (дисплей не нужен)

Ведение базы (каждое изменение записывается в журнал; history и revert отменяют его):
  add entity --kind KIND --name NAME [--category C] [--parent ID] [--alias A]...
             [--summary S] [--start DATE] [--end DATE] CITATION [--json]
  add event --date DATE [--end DATE] --title T [--summary S] [--place P]
            --participant ID... CITATION [--json]
  add relation --type TYPE --from ID --to ID [--start DATE] [--end DATE] [--role R]
               CITATION [--json]
                                  добавить факт; CITATION — это --source ID или --note TEXT
                                  [--note-author NAME] [--note-date DATE]
  edit ID [--set FIELD=VALUE]... [--add-alias A]... [--remove-alias A]... [--json]
                                  изменить объект, событие или связь (relation-N)
  delete ID [--force] [--json]    удалить; отказ, пока от записи зависят другие
  merge FROM INTO [--json]        объединить объект FROM с объектом INTO
  history [ID] [--limit N] [--json]
                                  журнал изменений, новые сначала
  revert CHANGE [--json]          отменить одно изменение (новым изменением)
  list [--kind KIND] [--json]     объекты по видам и названиям
  review [--json]                 предложения импорта, ждущие проверки, с номерами
  accept PROPOSAL [--as-alias-of ID] [--parent ID] [--json]
  reject PROPOSAL [--json]        принять или отклонить предложение

Параметры:
  --db FILE    использовать FILE вместо базы знаний по умолчанию
               (~/.local/share/csto-atlas/csto-atlas.db, создаётся из поставляемой)
  --help       справка по csto-kb или по одной команде (csto-kb show --help)
  --version    версия программы

Даты записываются по ISO 8601 с неполной точностью: 2002, 2002-05, 2002-05-14.

Коды завершения:
  0  успех
  1  не найдено (нет такого объекта или события)
  2  неверный вызов (неизвестная команда или параметр, недопустимое значение)
  3  неверные входные данные (в сообщении указаны файл, путь JSON и ошибка) или
     отклонённое изменение (неизвестный идентификатор, неверная дата, неизвестное поле…;
     ничего не изменено)
  4  базу данных нельзя использовать (нет файла, не база знаний, более новая, повреждена)
  5  не удалось записать выходной файл (ничего не остаётся)
</translation>
    </message>
    <message>
        <source>Usage: csto-kb build --data DIR|FILE --out FILE

Builds a knowledge base from JSON in the export format (every *.json file of DIR, in
name order). On invalid data it names the file, the JSON path and the problem, exits
with 3 and writes nothing.
</source>
        <translation>Использование: csto-kb build --data DIR|FILE --out FILE

Собирает базу знаний из JSON в формате экспорта (все файлы *.json из DIR по порядку
имён). При неверных данных называет файл, путь JSON и ошибку, завершается с кодом 3
и ничего не записывает.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb synth [--entities N] [--events N] [--articles N] [--seed N] --out FILE

Writes a synthetic knowledge base for benchmarks and scale tests (defaults: 100000
entities, 1000000 events, 50000 articles, seed 1): a deep hierarchy of bodies, states,
operations with thousands of events, power-law participation, dates from 1992 to 2026
at mixed precision, Latin and Cyrillic aliases, articles of news length. The same seed
gives the same knowledge base. Progress goes to standard error; the file appears only
when complete.
</source>
        <translation>Использование: csto-kb synth [--entities N] [--events N] [--articles N] [--seed N] --out FILE

Записывает синтетическую базу знаний для измерений производительности и проверок на
больших объёмах (по умолчанию: 100000 объектов, 1000000 событий, 50000 статей, seed 1):
глубокая иерархия органов, государства, операции с тысячами событий, участие по
степенному закону, даты с 1992 по 2026 год разной точности, другие имена латиницей и
кириллицей, статьи длиной с новостную заметку. Одинаковый seed даёт одинаковую базу.
Ход работы выводится в стандартный поток ошибок; файл появляется только готовым.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] export [--format json] [-o FILE]

Prints the whole knowledge base in the export format (format &quot;csto-atlas/1&quot;), or
writes it to FILE (replaced only once complete). `csto-kb build` reads it back.
</source>
        <translation>Использование: csto-kb [--db FILE] export [--format json] [-o FILE]

Выводит всю базу знаний в формате экспорта (format &quot;csto-atlas/1&quot;) или записывает её
в FILE (файл заменяется только целиком). `csto-kb build` читает её обратно.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] show NAME|ID [--json]

Shows one entity (by id, name or alias, case-insensitive) or event (by id): its card,
relations, events and sources. Exits with 1 and suggestions if nothing matches.
</source>
        <translation>Использование: csto-kb [--db FILE] show NAME|ID [--json]

Показывает один объект (по идентификатору, названию или другому имени, без учёта
регистра) или событие (по идентификатору): карточку, связи, события и источники.
Если ничего не найдено, завершается с кодом 1 и предлагает похожие варианты.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] search QUERY... [--limit N] [--json]

Ranked search over names, aliases, summaries and event text. Every word matches as a
prefix (kan finds Kanal); punctuation and operators are ordinary characters. Hits on
a name or alias come first. --limit defaults to 20.
</source>
        <translation>Использование: csto-kb [--db FILE] search QUERY... [--limit N] [--json]

Ранжированный поиск по названиям, другим именам, описаниям и тексту событий. Каждое
слово ищется как начало слова (kan находит Kanal); знаки препинания и операторы —
обычные символы. Совпадения с названием или другим именем идут первыми. По умолчанию
--limit 20.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] timeline [--entity NAME|ID] [--from DATE] [--to DATE]
                                    [--without-descendants] [--json]

Events in date order. --entity keeps the events the entity or any entity below it in
the tree takes part in (--without-descendants: the entity alone). --from and --to
keep events whose span overlaps the range; events whose year is not stated are
listed last, and only when no range is given.
</source>
        <translation>Использование: csto-kb [--db FILE] timeline [--entity NAME|ID] [--from DATE] [--to DATE]
                                    [--without-descendants] [--json]

События в хронологическом порядке. --entity оставляет события, в которых участвует
объект или любой объект ниже него в дереве (--without-descendants: только сам объект).
--from и --to оставляют события, период которых пересекается с диапазоном; события без
указанного года идут последними и только если диапазон не задан.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] report --entity NAME|ID [--page-size A4|Letter] -o FILE.pdf
       csto-kb [--db FILE] report --timeline [--from DATE] [--to DATE]
                                  [--entity NAME|ID] [--page-size A4|Letter] -o FILE.pdf

Writes a PDF summary: an entity&apos;s profile (an operation&apos;s or exercise&apos;s history), or a
timeline brief of the events in a range, optionally of one entity and its parts. Needs
no display. The file is replaced only once complete; if it cannot be written, exits
with 5 and leaves nothing behind.
</source>
        <translation>Использование: csto-kb [--db FILE] report --entity NAME|ID [--page-size A4|Letter] -o FILE.pdf
       csto-kb [--db FILE] report --timeline [--from DATE] [--to DATE]
                                  [--entity NAME|ID] [--page-size A4|Letter] -o FILE.pdf

Записывает сводку в PDF: справку об объекте (историю операции или учений) или
хронологическую справку о событиях за период, при желании — одного объекта и его
структур. Дисплей не нужен. Файл заменяется только целиком; если его нельзя записать,
программа завершается с кодом 5 и ничего не оставляет.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] import PATH... [--published DATE] [--accept-all]
                                  [--encoding utf-8|windows-1251|latin-1] [--json]

Imports article text files (a folder: its *.txt files in name order). Each article is
one transaction: its text is stored with its SHA-256 (the same text again is reported
as a duplicate and adds nothing), entity mentions are found, and events and new
entities are proposed for review; --accept-all accepts them at once. --published
dates an article whose dateline is missing. Text must be UTF-8 unless --encoding
declares a legacy one. Files over 5 MB are refused. Exits with 3 if any article
could not be imported (the others are).
</source>
        <translation>Использование: csto-kb [--db FILE] import PATH... [--published DATE] [--accept-all]
                                  [--encoding utf-8|windows-1251|latin-1] [--json]

Импортирует текстовые файлы статей (для папки — её файлы *.txt по порядку имён).
Каждая статья — одна транзакция: её текст сохраняется с SHA-256 (тот же текст повторно
считается дубликатом и ничего не добавляет), находятся упоминания объектов, а события и
новые объекты предлагаются на проверку; --accept-all сразу принимает их. --published
задаёт дату статьи без строки с датой. Текст должен быть в UTF-8, если --encoding не
указывает устаревшую кодировку. Файлы больше 5 МБ отклоняются. Завершается с кодом 3,
если какую-либо статью не удалось импортировать (остальные импортируются).
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] info [--json]

Counts what the knowledge base holds: entities by kind, events, relations, sources.
</source>
        <translation>Использование: csto-kb [--db FILE] info [--json]

Подсчитывает содержимое базы знаний: объекты по типам, события, связи, источники.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] add entity --kind KIND --name NAME [--category C] [--parent ID]
                    [--alias A]... [--summary S] [--start DATE] [--end DATE] CITATION [--json]
       csto-kb [--db FILE] add event --date DATE [--end DATE] --title T [--summary S]
                    [--place P] --participant ID... CITATION [--json]
       csto-kb [--db FILE] add relation --type TYPE --from ID --to ID [--start DATE]
                    [--end DATE] [--role R] CITATION [--json]
CITATION: --source ID | --note TEXT [--note-author NAME] [--note-date DATE]

Adds an entity, an event or a relation, as one journaled change (csto-kb history,
csto-kb revert). Every new fact cites an existing source, or an analyst&apos;s note that
becomes a source of its own: its author is the operating-system user and its date
today unless --note-author and --note-date say otherwise. The id is made from the
name or title. Without --summary an entity reads &quot;Not described yet.&quot; and an event
its title. KIND is organisation, body, force, state, operation, exercise, person
or document; dates are 2002, 2002-05, 2002-05-14 or --06-17. An unknown id, kind or
type, a bad date, or a relation type that does not fit its ends is refused with exit
3 and changes nothing. --json prints the new record in the export format, with
&quot;change&quot;: the journal entry&apos;s id.
</source>
        <translation>Использование: csto-kb [--db FILE] add entity --kind KIND --name NAME [--category C] [--parent ID]
                    [--alias A]... [--summary S] [--start DATE] [--end DATE] CITATION [--json]
       csto-kb [--db FILE] add event --date DATE [--end DATE] --title T [--summary S]
                    [--place P] --participant ID... CITATION [--json]
       csto-kb [--db FILE] add relation --type TYPE --from ID --to ID [--start DATE]
                    [--end DATE] [--role R] CITATION [--json]
CITATION: --source ID | --note TEXT [--note-author NAME] [--note-date DATE]

Добавляет объект, событие или связь одним изменением, записанным в журнал (csto-kb
history, csto-kb revert). Каждый новый факт ссылается на существующий источник или на
заметку аналитика, которая становится отдельным источником: её автор — пользователь
операционной системы, дата — сегодняшняя, если --note-author и --note-date не говорят
иначе. Идентификатор составляется из названия. Без --summary описание объекта —
&quot;Not described yet.&quot;, а события — его название. KIND: organisation, body, force, state,
operation, exercise, person или document; даты: 2002, 2002-05, 2002-05-14 или --06-17.
Неизвестный идентификатор, вид или тип, неверная дата или тип связи, не подходящий к её
концам, отклоняются с кодом 3, и ничего не меняется. --json выводит новую запись в
формате экспорта с полем &quot;change&quot; — номером записи журнала.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] edit ID [--set FIELD=VALUE]... [--add-alias A]...
                                 [--remove-alias A]... [--json]

Changes an entity, an event or a relation (its id, relation-N, is in csto-kb show
--json), as one journaled change. FIELD is one of the export format&apos;s fields: for an
entity name, kind, category, parent, summary, start, end, ongoing; for an event date,
end, title, summary, place; for a relation type, from, to, start, end, ongoing, role,
summary. An empty VALUE clears an optional field. --add-alias and --remove-alias
change an entity&apos;s aliases. An unknown id or field, a bad date or a parent that would
make a cycle in the tree is refused with exit 3 and changes nothing. --json prints
the changed record in the export format, with &quot;change&quot;: the journal entry&apos;s id.
</source>
        <translation>Использование: csto-kb [--db FILE] edit ID [--set FIELD=VALUE]... [--add-alias A]...
                                 [--remove-alias A]... [--json]

Изменяет объект, событие или связь (её идентификатор relation-N есть в csto-kb show
--json) одним изменением, записанным в журнал. FIELD — одно из полей формата экспорта:
у объекта name, kind, category, parent, summary, start, end, ongoing; у события date,
end, title, summary, place; у связи type, from, to, start, end, ongoing, role, summary.
Пустое VALUE очищает необязательное поле. --add-alias и --remove-alias меняют другие
имена объекта. Неизвестный идентификатор или поле, неверная дата или родитель,
создающий цикл в дереве, отклоняются с кодом 3, и ничего не меняется. --json выводит
изменённую запись в формате экспорта с полем &quot;change&quot; — номером записи журнала.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] delete ID [--force] [--json]

Deletes an entity, an event or a relation, as one journaled change. While other
records depend on it (its parts, relations, events it takes part in) it is refused
with exit 3 and the list of them; --force deletes it with its relations and
participations and leaves its parts without a parent. --json prints the deleted
record in the export format with &quot;deleted&quot;: true and &quot;change&quot;.
</source>
        <translation>Использование: csto-kb [--db FILE] delete ID [--force] [--json]

Удаляет объект, событие или связь одним изменением, записанным в журнал. Пока от записи
зависят другие (её части, связи, события с её участием), удаление отклоняется с кодом 3
и их списком; --force удаляет её вместе со связями и участием, а её части остаются без
родителя. --json выводит удалённую запись в формате экспорта с &quot;deleted&quot;: true и
&quot;change&quot;.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] merge FROM INTO [--json]

Merges entity FROM into entity INTO, as one journaled change: FROM&apos;s aliases,
relations, events, parts, mentions, evidence and proposals move to INTO, FROM&apos;s name
becomes an alias of INTO, and FROM&apos;s id finds INTO from then on. A merge of an
entity into itself or into one of its own parts is refused with exit 3. --json
prints INTO as it is afterwards, in the export format, with &quot;change&quot;.
</source>
        <translation>Использование: csto-kb [--db FILE] merge FROM INTO [--json]

Объединяет объект FROM с объектом INTO одним изменением, записанным в журнал: другие
имена, связи, события, части, упоминания, свидетельства и предложения FROM переходят к
INTO, название FROM становится другим именем INTO, а идентификатор FROM с этих пор
находит INTO. Объединение объекта с самим собой или с его собственной частью
отклоняется с кодом 3. --json выводит INTO после объединения в формате экспорта с
&quot;change&quot;.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] history [ID] [--limit N] [--json]

The journal of changes, newest first: each change&apos;s id, time (UTC), user, action and
record, and for an edit the fields it changed; with ID only the changes of that
entity, event or relation; --limit N the newest N. --json prints {&quot;changes&quot;: [{&quot;id&quot;,
&quot;time&quot;, &quot;user&quot;, &quot;action&quot;, &quot;record_type&quot;, &quot;record&quot;, &quot;label&quot;, &quot;before&quot;, &quot;after&quot;,
&quot;reverts&quot;}]} with before and after as records in the export format (null where the
record did not exist). Exits with 1 for an ID that never existed.
</source>
        <translation>Использование: csto-kb [--db FILE] history [ID] [--limit N] [--json]

Журнал изменений, новые сначала: номер каждого изменения, время (UTC), пользователь,
действие и запись, а для правки — изменённые поля; с ID — только изменения этого
объекта, события или связи; --limit N — N последних. --json выводит {&quot;changes&quot;: [{&quot;id&quot;,
&quot;time&quot;, &quot;user&quot;, &quot;action&quot;, &quot;record_type&quot;, &quot;record&quot;, &quot;label&quot;, &quot;before&quot;, &quot;after&quot;,
&quot;reverts&quot;}]}, где before и after — записи в формате экспорта (null, если записи не
было). Для ID, которого никогда не было, завершается с кодом 1.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] revert CHANGE [--json]

Undoes one change of the journal (its id from csto-kb history) as a new change, which
can be reverted in turn to redo it. When a later change depends on it, the revert is
refused with exit 3 and a message naming that change. --json prints the record as it
is afterwards in the export format, with &quot;change&quot;.
</source>
        <translation>Использование: csto-kb [--db FILE] revert CHANGE [--json]

Отменяет одно изменение журнала (его номер — из csto-kb history) новым изменением,
которое, в свою очередь, можно отменить, чтобы повторить. Если от него зависит более
позднее изменение, отмена отклоняется с кодом 3 и сообщением, называющим это изменение.
--json выводит запись после отмены в формате экспорта с &quot;change&quot;.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] list [--kind KIND] [--json]

Lists the entities with their ids, by kind and then by name; --kind keeps one kind.
--json prints {&quot;entities&quot;: [{&quot;id&quot;, &quot;kind&quot;, &quot;category&quot;, &quot;name&quot;}]}.
</source>
        <translation>Использование: csto-kb [--db FILE] list [--kind KIND] [--json]

Перечисляет объекты с их идентификаторами, по видам, затем по названиям; --kind
оставляет один вид. --json выводит {&quot;entities&quot;: [{&quot;id&quot;, &quot;kind&quot;, &quot;category&quot;, &quot;name&quot;}]}.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] review [--json]

Lists the proposals of imports that wait for review, with their ids, for csto-kb
accept and csto-kb reject. --json prints {&quot;proposals&quot;: [{&quot;id&quot;, &quot;type&quot;, &quot;payload&quot;,
&quot;source&quot;, &quot;source_title&quot;, &quot;evidence&quot;: {&quot;offset&quot;, &quot;length&quot;}}]}.
</source>
        <translation>Использование: csto-kb [--db FILE] review [--json]

Перечисляет предложения импорта, ждущие проверки, с их номерами для csto-kb accept и
csto-kb reject. --json выводит {&quot;proposals&quot;: [{&quot;id&quot;, &quot;type&quot;, &quot;payload&quot;,
&quot;source&quot;, &quot;source_title&quot;, &quot;evidence&quot;: {&quot;offset&quot;, &quot;length&quot;}}]}.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] accept PROPOSAL [--as-alias-of ID] [--parent ID] [--json]

Accepts a pending proposal (its id from csto-kb review), as one journaled change: a
proposed entity becomes an entity (under --parent ID if given) or, with --as-alias-of
ID, an alias of that entity; a proposed event becomes an event citing its article.
--json prints the record made or changed, in the export format, with &quot;change&quot;.
</source>
        <translation>Использование: csto-kb [--db FILE] accept PROPOSAL [--as-alias-of ID] [--parent ID] [--json]

Принимает ждущее предложение (его номер — из csto-kb review) одним изменением,
записанным в журнал: предложенный объект становится объектом (под --parent ID, если он
указан) или, с --as-alias-of ID, другим именем этого объекта; предложенное событие
становится событием со ссылкой на свою статью. --json выводит созданную или изменённую
запись в формате экспорта с &quot;change&quot;.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] reject PROPOSAL [--json]

Rejects a pending proposal (its id from csto-kb review), as one journaled change.
</source>
        <translation>Использование: csto-kb [--db FILE] reject PROPOSAL [--json]

Отклоняет ждущее предложение (его номер — из csto-kb review) одним изменением,
записанным в журнал.
</translation>
    </message>
    <message>
        <source>Usage: csto-kb [--db FILE] check [--json]

Checks the database: SQLite&apos;s integrity check, foreign keys, the search index (FTS5&apos;s
own integrity-check, that it covers every entity, event and source and nothing else,
and that a search for each one&apos;s name finds it), evidence pointing at missing facts or
outside its article, stored text that is not UTF-8, invalid dates. Each check runs on
its own: one that cannot finish (a damaged page, a missing table) is listed as a
problem. Reads only. Exits with 0 when sound, 1 when it finds problems (listed), 4 when
the file cannot be opened as a knowledge base.
</source>
        <translation>Использование: csto-kb [--db FILE] check [--json]

Проверяет базу данных: встроенную проверку целостности SQLite, внешние ключи, поисковый
индекс (собственную проверку FTS5, то, что он охватывает каждый объект, событие и
источник и ничего лишнего, и что поиск по названию каждого находит его), свидетельства,
указывающие на несуществующие факты или за пределы своей статьи, хранимый текст не в
UTF-8, недопустимые даты. Каждая проверка выполняется отдельно: та, что не может
завершиться (повреждённая страница, отсутствующая таблица), указывается как ошибка.
Только читает. Завершается с кодом 0, если всё в порядке, 1 — если найдены ошибки (они
перечисляются), 4 — если файл нельзя открыть как базу знаний.
</translation>
    </message>
</context>
<context>
    <name>csto::render</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Силы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Учения</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <source>Forces</source>
        <translation>Силы</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Учения</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>входит в</translation>
    </message>
    <message>
        <source>party to</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>observer at</source>
        <translation>наблюдатель при</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>chairs</source>
        <translation>председательствует в</translation>
    </message>
    <message>
        <source>holds office in</source>
        <translation>занимает должность в</translation>
    </message>
    <message>
        <source>conducts</source>
        <translation>проводит</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>принял(а)</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписал(а)</translation>
    </message>
    <message>
        <source>established</source>
        <translation>учредил(а)</translation>
    </message>
    <message>
        <source>takes part in</source>
        <translation>участвует в</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>изменяет</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>address</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>центр</translation>
    </message>
    <message>
        <source>charter</source>
        <translation>устав</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>коллективные</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>declaration</source>
        <translation>декларация</translation>
    </message>
    <message>
        <source>international</source>
        <translation>международная</translation>
    </message>
    <message>
        <source>list</source>
        <translation>перечень</translation>
    </message>
    <message>
        <source>national</source>
        <translation>национальный</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>положение</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>резолюция</translation>
    </message>
    <message>
        <source>special</source>
        <translation>специальная</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>постоянная</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>statutory</source>
        <translation>уставной</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <source>subsidiary</source>
        <translation>вспомогательный</translation>
    </message>
    <message>
        <source>treaty</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>working</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>sources up to %1</source>
        <translation>источники до %1</translation>
    </message>
    <message>
        <source>as its sources say</source>
        <translation>по данным источников</translation>
    </message>
    <message>
        <source>current (%1)</source>
        <translation>действует (%1)</translation>
    </message>
    <message>
        <source>start not stated</source>
        <translation>начало не указано</translation>
    </message>
    <message>
        <source>current</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>end not stated</source>
        <translation>окончание не указано</translation>
    </message>
</context>
<context>
    <name>csto::render::MembershipChartPainter</name>
    <message>
        <source>Party to the treaty</source>
        <translation>Участник Договора</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председательство</translation>
    </message>
    <message>
        <source>Faded: date known only to the month or year</source>
        <translation>Бледнее: дата известна лишь с точностью до месяца или года</translation>
    </message>
    <message>
        <source>Left or withdrew</source>
        <translation>Выход или приостановка участия</translation>
    </message>
    <message>
        <source>Dates not stated</source>
        <translation>Даты не указаны</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>No membership, treaty participation or chairmanship recorded.</source>
        <translation>Нет сведений о членстве, участии в Договоре или председательстве.</translation>
    </message>
    <message>
        <source>Current as of the sources</source>
        <translation>Действует по данным источников</translation>
    </message>
    <message>
        <source>End not stated</source>
        <translation>Окончание не указано</translation>
    </message>
    <message>
        <source>Start not stated</source>
        <translation>Начало не указано</translation>
    </message>
</context>
<context>
    <name>csto::render::MembershipLayout</name>
    <message>
        <source>dates not stated</source>
        <translation>даты не указаны</translation>
    </message>
</context>
<context>
    <name>csto::render::TimelineLayout</name>
    <message numerus="yes">
        <source>%n events (zoom in to separate)</source>
        <translation>
            <numerusform>%n событие (увеличьте, чтобы разделить)</numerusform>
            <numerusform>%n события (увеличьте, чтобы разделить)</numerusform>
            <numerusform>%n событий (увеличьте, чтобы разделить)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csto::render::TimelinePainter</name>
    <message>
        <source>Year not stated</source>
        <translation>Год не указан</translation>
    </message>
    <message>
        <source>Dated to the day: the span it lasted</source>
        <translation>Дата известна до дня: отрезок — его продолжительность</translation>
    </message>
    <message>
        <source>Month or year only: somewhere in the faint span</source>
        <translation>Известны только месяц или год: где-то в бледном отрезке</translation>
    </message>
</context>
<context>
    <name>csto::report</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удалось записать: %2</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>не удалось построить отчёт</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Exported %1 · knowledge base built %2 · %3 entities, %4 events, %5 sources</source>
        <translation>Экспорт: %1 · база знаний собрана: %2 · объектов: %3, событий: %4, источников: %5</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Событий не записано.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>История членства</translation>
    </message>
    <message>
        <source>Chairmanships</source>
        <translation>Председательство</translation>
    </message>
    <message>
        <source>Office holders</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <source>Participation and partnerships</source>
        <translation>Участие и партнёрство</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Other relations</source>
        <translation>Другие связи</translation>
    </message>
    <message>
        <source>Adopted, signed and joined by</source>
        <translation>Кто принял, подписал или присоединился</translation>
    </message>
    <message>
        <source>What it changed or created</source>
        <translation>Что изменил или учредил</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Кто проводит</translation>
    </message>
    <message>
        <source>Participants and observers</source>
        <translation>Участники и наблюдатели</translation>
    </message>
    <message>
        <source>Who heads or chairs it</source>
        <translation>Руководство и председательство</translation>
    </message>
    <message>
        <source>What it decided</source>
        <translation>Принятые решения</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Operations it runs</source>
        <translation>Проводимые операции</translation>
    </message>
    <message>
        <source>Operation history</source>
        <translation>История операции</translation>
    </message>
    <message>
        <source>Exercise history</source>
        <translation>История учений</translation>
    </message>
    <message>
        <source>Profile of a %1</source>
        <translation>Справка об объекте типа «%1»</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Другие названия: %1</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Справка: %1</translation>
    </message>
    <message>
        <source>Where it sits</source>
        <translation>Место в структуре</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <translation>События: %1 – %2</translation>
    </message>
    <message>
        <source>Events from %1</source>
        <translation>События: %1 и позднее</translation>
    </message>
    <message>
        <source>Events until %1</source>
        <translation>События: %1 и ранее</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>, involving %1%2</source>
        <translation>, с участием: %1%2</translation>
    </message>
    <message>
        <source> and its parts</source>
        <translation> (включая входящие структуры)</translation>
    </message>
    <message>
        <source>Timeline brief</source>
        <translation>Хронологическая справка</translation>
    </message>
    <message>
        <source>Membership and chairmanships</source>
        <translation>Членство и председательство</translation>
    </message>
</context>
<context>
    <name>csto::report::Citations</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Cited for:</source>
        <translation>Источник для:</translation>
    </message>
</context>
<context>
    <name>csto::report::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CSTO Atlas: browse the Collective Security Treaty Organization knowledge base.</source>
        <translation>CSTO Atlas: база знаний об Организации Договора о коллективной безопасности.</translation>
    </message>
    <message>
        <source>Open FILE instead of the default knowledge base.</source>
        <translation>Открыть базу знаний FILE вместо базы по умолчанию.</translation>
    </message>
    <message>
        <source>Start at NAME or ID.</source>
        <translation>Начать с объекта NAME или ID.</translation>
    </message>
    <message>
        <source>Show the years FROM:TO.</source>
        <translation>Показать годы FROM:TO.</translation>
    </message>
    <message>
        <source>Open search with QUERY.</source>
        <translation>Открыть поиск с запросом QUERY.</translation>
    </message>
    <message>
        <source>Import the article file, or the *.txt files of a folder, then review the proposals.</source>
        <translation>Импортировать файл статьи или файлы *.txt из папки, затем проверить предложения.</translation>
    </message>
    <message>
        <source>Save the window as PNG FILE and quit.</source>
        <translation>Сохранить окно в PNG-файл FILE и выйти.</translation>
    </message>
    <message>
        <source>CSTO Atlas</source>
        <translation>CSTO Atlas</translation>
    </message>
    <message>
        <source>Show the membership and chairmanship chart.</source>
        <translation>Показать диаграмму членства и председательства.</translation>
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation>Не удаётся открыть базу знаний</translation>
    </message>
    <message>
        <source>Open another knowledge base?</source>
        <translation>Открыть другую базу знаний?</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Открыть другой файл…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Открытие базы знаний</translation>
    </message>
    <message>
        <source>CSTO Atlas knowledge bases (*.db);;All files (*)</source>
        <translation>Базы знаний CSTO Atlas (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Read-only: %1. Imports and reviews cannot be saved.</source>
        <translation>Только чтение: %1. Импорт и проверку сохранить нельзя.</translation>
    </message>
</context>
</TS>
