<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sucai::ui::MainWindow</name>
    <message>
        <source>Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to upload them.

Open a bucket from the side bar to browse its materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sucai %1&lt;/b&gt;&lt;br&gt;Desktop asset manager for object storage and CDN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
