package io.github.camelzoho.oauth.store.jdbc;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * A DataSource that behaves like a database being restarted, or like a node that died, while {@code down} says so:
 * no new connection, and every call on a connection already handed out fails, as PostgreSQL's
 * "terminating connection due to administrator command" does. The real server is never stopped.
 */
public final class OutageDataSource implements DataSource {

    private final DataSource delegate;
    private final BooleanSupplier down;

    public OutageDataSource(DataSource delegate, BooleanSupplier down) {
        this.delegate = delegate;
        this.down = down;
    }

    private SQLException refused() {
        return new SQLNonTransientConnectionException("Connection refused (simulated database restart)", "08001");
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down.getAsBoolean()) {
            throw refused();
        }
        Connection real = delegate.getConnection();
        InvocationHandler handler = (proxy, method, args) -> invoke(real, method, args);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private Object invoke(Connection real, Method method, Object[] args) throws Throwable {
        if (down.getAsBoolean() && !method.getName().equals("close")) {
            throw new SQLNonTransientConnectionException("terminating connection due to administrator command "
                    + "(simulated outage)", "08006");
        }
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
