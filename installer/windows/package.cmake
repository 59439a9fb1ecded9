# Windows: the binaries, the Qt runtime gathered by windeployqt, and an NSIS installer.
# Build:   cmake -S . -B build -G "Ninja" -DCMAKE_BUILD_TYPE=Release
#          cmake --build build
#          cmake --build build --target package      (needs NSIS 3 on PATH)

find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "$<TARGET_FILE_DIR:Qt6::qmake>")
if(NOT WINDEPLOYQT_EXECUTABLE)
    message(WARNING "windeployqt not found: the installer will lack the Qt runtime")
else()
    # windeployqt copies the Qt DLLs, the platform and sqldrivers plugins and Qt's own
    # translations next to the executables in the staging folder that CPack packs.
    set(deploy_dir "${CMAKE_BINARY_DIR}/windeploy")
    add_custom_target(certdesk_windeploy ALL
        COMMAND ${CMAKE_COMMAND} -E make_directory ${deploy_dir}
        COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:certdesk> $<TARGET_FILE:certdeskctl> ${deploy_dir}
        COMMAND ${WINDEPLOYQT_EXECUTABLE} --release --no-compiler-runtime --no-opengl-sw
                --dir ${deploy_dir} ${deploy_dir}/certdesk.exe ${deploy_dir}/certdeskctl.exe
        DEPENDS certdesk certdeskctl
        COMMENT "Gathering the Qt runtime with windeployqt")
    install(DIRECTORY ${deploy_dir}/ DESTINATION bin)
endif()
# The MSVC runtime the way Microsoft redistributes it.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME CertDesk)
set(CPACK_PACKAGE_VENDOR "CertDesk developers")
set(CPACK_PACKAGE_INSTALL_DIRECTORY CertDesk)
set(CPACK_NSIS_DISPLAY_NAME "CertDesk")
set(CPACK_NSIS_PACKAGE_NAME "CertDesk")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/installer/windows/certdesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\certdesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES certdesk "CertDesk")
set(CPACK_CREATE_DESKTOP_LINKS certdesk)
include(CPack)
