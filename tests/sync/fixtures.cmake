# The sync tests run against a real pouchdb-server (package.json, installed by npm ci in
# .ci/run): one is started before them on a free 127.0.0.1 port in a temporary folder and
# stopped by its PID after them. Tests that must kill and restart a server start their own.
find_program(CERTDESK_NODE node)
set(sync_state ${CMAKE_BINARY_DIR}/sync-server.json)
if(CERTDESK_NODE)
    add_test(NAME sync/server_start
             COMMAND ${CERTDESK_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/sync/pouchdb_fixture.js start ${sync_state})
    add_test(NAME sync/server_stop
             COMMAND ${CERTDESK_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/sync/pouchdb_fixture.js stop ${sync_state})
    set_tests_properties(sync/server_start PROPERTIES FIXTURES_SETUP pouchdb TIMEOUT 90 LABELS sync)
    set_tests_properties(sync/server_stop PROPERTIES FIXTURES_CLEANUP pouchdb TIMEOUT 30 LABELS sync)
endif()

# The test of every event kind writes them with the services that write them.
if(TARGET tst_eventkinds)
    target_link_libraries(tst_eventkinds PRIVATE certdesk_services)
endif()

file(GLOB sync_tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/sync/tst_*.cpp)
foreach(source ${sync_tests})
    get_filename_component(name ${source} NAME_WE)
    set_property(TEST sync/${name} APPEND PROPERTY ENVIRONMENT
                 CERTDESK_SYNC_STATE=${sync_state}
                 CERTDESK_NODE=${CERTDESK_NODE})
    if(CERTDESK_NODE)
        set_tests_properties(sync/${name} PROPERTIES FIXTURES_REQUIRED pouchdb RESOURCE_LOCK pouchdb)
    endif()
endforeach()

# The window's sync controller is tested against the same server: it needs the branch helpers.
if(TARGET tst_synccontroller)
    target_sources(tst_synccontroller PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/sync/branch_support.cpp
                                              ${CMAKE_CURRENT_SOURCE_DIR}/sync/server_support.cpp)
    target_include_directories(tst_synccontroller PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/sync)
    set_property(TEST ui/tst_synccontroller APPEND PROPERTY ENVIRONMENT
                 CERTDESK_SYNC_STATE=${sync_state}
                 CERTDESK_NODE=${CERTDESK_NODE})
    if(CERTDESK_NODE)
        set_tests_properties(ui/tst_synccontroller PROPERTIES FIXTURES_REQUIRED pouchdb
                             RESOURCE_LOCK pouchdb LABELS "ui;sync")
    endif()
endif()

# The notice tests send through a test SMS gateway (tests/sync/sms_gateway.js, plain node:http)
# started before them like pouchdb-server and stopped by its PID after them; a test resets it
# and tells it when to fail.
set(sms_state ${CMAKE_BINARY_DIR}/sms-gateway.json)
if(CERTDESK_NODE)
    add_test(NAME sync/smsgateway_start
             COMMAND ${CERTDESK_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/sync/sms_gateway.js start ${sms_state})
    add_test(NAME sync/smsgateway_stop
             COMMAND ${CERTDESK_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/sync/sms_gateway.js stop ${sms_state})
    set_tests_properties(sync/smsgateway_start PROPERTIES FIXTURES_SETUP smsgateway TIMEOUT 60 LABELS sync)
    set_tests_properties(sync/smsgateway_stop PROPERTIES FIXTURES_CLEANUP smsgateway TIMEOUT 30 LABELS sync)
endif()
foreach(name tst_noticesender tst_noticesync)
    if(TARGET ${name})
        target_link_libraries(${name} PRIVATE certdesk_services)
        set_property(TEST sync/${name} APPEND PROPERTY ENVIRONMENT CERTDESK_SMS_STATE=${sms_state})
        if(CERTDESK_NODE)
            set_tests_properties(sync/${name} PROPERTIES FIXTURES_REQUIRED "pouchdb;smsgateway"
                                 RESOURCE_LOCK "pouchdb;smsgateway")
        endif()
    endif()
endforeach()
# certdeskctl notices sends through the same test gateway.
if(TARGET tst_notices_cli)
    target_sources(tst_notices_cli PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/sync/smsgateway_support.cpp)
    target_include_directories(tst_notices_cli PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/sync)
    set_property(TEST cli/tst_notices_cli APPEND PROPERTY ENVIRONMENT CERTDESK_SMS_STATE=${sms_state})
    if(CERTDESK_NODE)
        set_tests_properties(cli/tst_notices_cli PROPERTIES FIXTURES_REQUIRED smsgateway
                             RESOURCE_LOCK smsgateway)
    endif()
endif()
