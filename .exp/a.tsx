import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider, Link, useNavigate, useLocation, Navigate, Outlet } from 'react-router';
function P() { const n = useNavigate(); const l = useLocation(); return <div onClick={() => n('/x')}>{l.pathname}<Link to="/">a</Link><Navigate to="/"/><Outlet/></div>; }
const r = createHashRouter([{ path: '/', element: <P />, loader: () => null, children: [{ path: 'x', lazy: async () => ({ Component: P }) }] }]);
createRoot(document.body).render(<RouterProvider router={r} />);
